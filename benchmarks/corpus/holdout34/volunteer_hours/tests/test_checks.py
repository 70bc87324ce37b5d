import pytest

from volunteer_hours.awards import accepted_hours, award, certificates
from volunteer_hours.checks import flag_conflicts
from volunteer_hours.logs import clock_minutes, read_logs


def e(volunteer, date, start, end, site="Main"):
    return {"volunteer": volunteer, "date": date, "start": start, "end": end, "site": site}


def test_clock_minutes() -> None:
    assert clock_minutes("9:30") == 570
    assert clock_minutes("24:00") == 1440
    with pytest.raises(ValueError):
        clock_minutes("10:75")


def test_read_logs() -> None:
    text = "volunteer,date,start,end,site\nv017,2024-03-02,09:00,12:30,Warehouse\n"
    assert read_logs(text) == [e("V017", "2024-03-02", 540, 750, "Warehouse")]
    with pytest.raises(ValueError):
        read_logs("volunteer,date,start,end,site\nV1,2024-03-02,12:00,09:00,Main\n")


def test_duplicate_and_overlap() -> None:
    entries = [e("V1", "d1", 540, 720), e("V1", "d1", 540, 720), e("V1", "d1", 700, 800), e("V1", "d1", 720, 800)]
    assert flag_conflicts(entries) == [(0, "ok", None), (1, "duplicate", 0), (2, "overlap", 0), (3, "ok", None)]


def test_other_volunteers_and_days_do_not_clash() -> None:
    entries = [e("V1", "d1", 540, 720), e("V2", "d1", 540, 720), e("V1", "d2", 540, 720)]
    assert [status for _, status, _ in flag_conflicts(entries)] == ["ok", "ok", "ok"]


def test_only_accepted_entries_count() -> None:
    entries = [e("V1", "d1", 540, 600), e("V1", "d1", 560, 700), e("V1", "d1", 650, 700)]
    assert flag_conflicts(entries) == [(0, "ok", None), (1, "overlap", 0), (2, "ok", None)]


def test_earliest_clash_reported() -> None:
    entries = [e("V1", "d1", 540, 600), e("V1", "d1", 600, 660), e("V1", "d1", 590, 610)]
    assert flag_conflicts(entries)[2] == (2, "overlap", 0)


def test_empty() -> None:
    assert flag_conflicts([]) == []


def test_awards() -> None:
    entries = [e("V2", "d1", 0, 600), e("V1", "d1", 540, 720), e("V1", "d1", 540, 720)]
    hours = accepted_hours(entries, flag_conflicts(entries))
    assert hours == {"V1": 3.0, "V2": 10.0}
    assert award(120) == "silver" and award(10) is None
    assert certificates({"A": 250.0, "B": 60.5, "C": 12.0}) == [("A", "gold", 250.0), ("B", "bronze", 60.5)]
