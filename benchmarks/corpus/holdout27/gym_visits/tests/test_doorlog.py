import pytest

from doorlog.activity import member_activity
from doorlog.records import Member, MemberActivity, Swipe
from doorlog.retention import call_list, usage_bands

MEMBERS = [Member("M1", "2024-01-01"), Member("M2", "2024-02-20"), Member("M3", "2023-06-01")]


def test_visits_are_paired() -> None:
    swipes = [
        Swipe("M1", "2024-03-01 18:00:00", "in"),
        Swipe("M1", "2024-03-01 19:30:00", "out"),
        Swipe("M1", "2024-03-03 07:00:00", "in"),
        Swipe("M1", "2024-03-03 07:45:00", "out"),
        Swipe("M2", "2024-03-02 10:00:00", "in"),
        Swipe("M2", "2024-03-02 18:00:00", "out"),
        Swipe("X9", "2024-03-02 10:00:00", "in"),
    ]
    activity = member_activity(swipes, MEMBERS, "2024-03-10")
    assert activity[0] == MemberActivity("M1", 2, 67.5, 2, "2024-03-03", 0.2, False)
    assert activity[1] == MemberActivity("M2", 0, 0.0, 0, None, 0.0, True)
    assert activity[2].lapsed and activity[2].visits == 0


def test_swipes_are_sorted_by_time() -> None:
    swipes = [Swipe("M1", "2024-03-01 19:30:00", "out"), Swipe("M1", "2024-03-01 18:00:00", "in"),
              Swipe("M1", "2024-03-01 18:05:00", "in")]
    assert member_activity(swipes, MEMBERS[:1], "2024-03-01")[0].visits == 1


def test_lapsed_after_thirty_days() -> None:
    swipes = [Swipe("M3", "2024-01-10 23:50:00", "in"), Swipe("M3", "2024-01-11 00:20:00", "out")]
    assert not member_activity(swipes, MEMBERS[2:], "2024-02-09")[0].lapsed
    assert member_activity(swipes, MEMBERS[2:], "2024-02-10")[0].lapsed


def test_bad_input() -> None:
    with pytest.raises(ValueError):
        member_activity([Swipe("M1", "2024-03-01 18:00:00", "sideways")], MEMBERS, "2024-03-10")
    with pytest.raises(ValueError):
        member_activity([Swipe("M1", "01/03/2024 18:00", "in")], MEMBERS, "2024-03-10")


def test_retention_lists() -> None:
    activity = [MemberActivity("B", 0, 0.0, 0, None, 0.0, True), MemberActivity("A", 3, 50.0, 3, "2024-01-02", 0.5, True),
                MemberActivity("C", 12, 60.0, 10, "2024-03-09", 2.0, False)]
    assert call_list(activity) == ["B", "A"]
    assert usage_bands(activity) == {"none": 1, "occasional": 1, "regular": 1, "frequent": 0}
