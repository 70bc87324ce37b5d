from hansard.loyalty import party_line, rebellion_report, vote_of
from hansard.records import Division, Member, parse_division

MEMBERS = [Member(1, "Ada", "Red"), Member(2, "Bo", "Red"), Member(3, "Cy", "Red"), Member(4, "Di", "Blue")]


def test_parse_division() -> None:
    assert parse_division(7, "Budget", ["1 AYE", "4 no"]) == Division(7, "Budget", [(1, "aye"), (4, "no")])


def test_vote_of() -> None:
    division = Division(1, "x", [(1, "aye"), (2, "no"), (1, "no")])
    assert vote_of(division, 1) == "aye"
    assert vote_of(division, 3) is None


def test_party_line() -> None:
    party_of = {m.member_id: m.party for m in MEMBERS}
    assert party_line(Division(1, "x", [(1, "aye"), (2, "aye"), (3, "no")]), party_of, "Red") == "aye"
    assert party_line(Division(1, "x", [(1, "aye"), (2, "no")]), party_of, "Red") is None
    assert party_line(Division(1, "x", [(4, "no"), (1, "abstain")]), party_of, "Red") is None


def test_rebellions_counted() -> None:
    divisions = [Division(1, "a", [(1, "aye"), (2, "aye"), (3, "no"), (4, "no")]),
                 Division(2, "b", [(1, "no"), (2, "no"), (4, "aye")])]
    report = rebellion_report(MEMBERS, divisions)
    assert report[3] == {"name": "Cy", "party": "Red", "voted": 1, "rebellions": 1, "attendance_pct": 50.0}
    assert report[1]["rebellions"] == 0 and report[1]["voted"] == 2
    assert report[4] == {"name": "Di", "party": "Blue", "voted": 2, "rebellions": 0, "attendance_pct": 100.0}


def test_abstentions_count_as_attendance_not_rebellion() -> None:
    divisions = [Division(1, "a", [(1, "aye"), (2, "aye"), (3, "abstain")])]
    assert rebellion_report(MEMBERS, divisions)[3]["voted"] == 1
    assert rebellion_report(MEMBERS, divisions)[3]["rebellions"] == 0


def test_no_divisions() -> None:
    assert rebellion_report(MEMBERS[:1], []) == {1: {"name": "Ada", "party": "Red", "voted": 0, "rebellions": 0,
                                                     "attendance_pct": 0.0}}
