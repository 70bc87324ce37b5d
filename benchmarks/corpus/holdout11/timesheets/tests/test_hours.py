import pytest

from punchclock.hours import Punch, parse_stamp, week_label, weekly_overtime


def shift(emp, start, end):
    return [Punch(emp, start, "in"), Punch(emp, end, "out")]


def test_single_shift() -> None:
    assert weekly_overtime(shift("ann", "2024-03-04 08:00", "2024-03-04 16:30")) == {"ann": [("2024-W10", 8.5, 0.0)]}


def test_overtime_over_threshold() -> None:
    punches = []
    for day in range(4, 9):
        punches += shift("bob", f"2024-03-0{day} 07:00", f"2024-03-0{day} 17:00")
    assert weekly_overtime(punches) == {"bob": [("2024-W10", 40.0, 10.0)]}
    assert weekly_overtime(punches, threshold_hours=45) == {"bob": [("2024-W10", 45, 5.0)]}


def test_unordered_punches_and_employees_sorted() -> None:
    punches = shift("zoe", "2024-03-04 22:00", "2024-03-05 06:00") + shift("al", "2024-03-11 08:00", "2024-03-11 12:00")
    report = weekly_overtime(list(reversed(punches)))
    assert list(report) == ["al", "zoe"]
    assert report["zoe"] == [("2024-W10", 8.0, 0.0)]


def test_night_shift_counts_in_starting_week() -> None:
    report = weekly_overtime(shift("cy", "2024-03-10 22:00", "2024-03-11 06:00"))
    assert report == {"cy": [("2024-W10", 8.0, 0.0)]}


def test_double_clock_in() -> None:
    with pytest.raises(ValueError):
        weekly_overtime([Punch("a", "2024-03-04 08:00", "in"), Punch("a", "2024-03-04 09:00", "in")])


def test_missing_clock_out() -> None:
    with pytest.raises(ValueError):
        weekly_overtime([Punch("a", "2024-03-04 08:00", "in")])


def test_helpers() -> None:
    assert week_label(parse_stamp("2024-01-01 00:00")) == "2024-W01"
    assert week_label(parse_stamp("2021-01-03 12:00")) == "2020-W53"


def test_empty_log() -> None:
    assert weekly_overtime([]) == {}
