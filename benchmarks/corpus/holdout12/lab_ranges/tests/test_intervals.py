import pytest

from labflags.intervals import Flagged, IntervalTableError, Result, find_interval, flag_results, parse_row

TABLE = """test,sex,age_from,age_to,low,high,unit
# haemoglobin
HGB,*,0,17,11.0,16.0,g/dL
HGB,M,18,120,13.5,17.5,g/dL
HGB,F,18,120,12.0,15.5,g/dL
CRP,*,0,120,,5,mg/L

HDL,*,18,120,1.0,,mmol/L
"""


def test_parse_row() -> None:
    assert parse_row("HGB, M, 18, 120, 13.5, 17.5, g/dL", 2) == ("HGB", "M", 18, 120, 13.5, 17.5, "g/dL")
    assert parse_row("CRP,*,0,120,,5,mg/L", 3) == ("CRP", "*", 0, 120, None, 5.0, "mg/L")


def test_parse_row_errors() -> None:
    with pytest.raises(IntervalTableError):
        parse_row("HGB,M,18,120,13.5", 2)
    with pytest.raises(IntervalTableError):
        parse_row("HGB,X,18,120,13.5,17.5,g/dL", 2)
    with pytest.raises(IntervalTableError):
        parse_row("HGB,M,adult,120,13.5,17.5,g/dL", 2)


def test_find_interval_by_sex_and_age() -> None:
    assert find_interval(TABLE, "HGB", "F", 40) == (12.0, 15.5, "g/dL")
    assert find_interval(TABLE, "HGB", "M", 40) == (13.5, 17.5, "g/dL")
    assert find_interval(TABLE, "HGB", "F", 10) == (11.0, 16.0, "g/dL")
    assert find_interval(TABLE, "HGB", "M", 130) is None
    assert find_interval(TABLE, "K", "M", 40) is None


def test_flags() -> None:
    results = [Result("S1", "HGB", "M", 50, 12.0), Result("S1", "CRP", "M", 50, 80.0),
               Result("S2", "HGB", "F", 30, 13.0), Result("S3", "HDL", "F", 61, 0.8), Result("S3", "HDL", "F", 61, 9.9)]
    assert [item.flag for item in flag_results(results, TABLE)] == ["L", "H", "N", "L", "N"]


def test_open_interval_is_recorded() -> None:
    (item,) = flag_results([Result("S9", "CRP", "F", 20, 1.0)], TABLE)
    assert item == Flagged("S9", "CRP", 1.0, None, 5.0, "mg/L", "N")


def test_unknown_test() -> None:
    (item,) = flag_results([Result("S9", "TSH", "F", 20, 1.0)], TABLE)
    assert item.flag == "?" and item.low is None and item.unit == ""


def test_boundaries_are_normal() -> None:
    results = [Result("S1", "HGB", "M", 18, 13.5), Result("S1", "HGB", "M", 18, 17.5)]
    assert [item.flag for item in flag_results(results, TABLE)] == ["N", "N"]


def test_bad_header() -> None:
    with pytest.raises(IntervalTableError):
        flag_results([Result("S1", "HGB", "M", 18, 13.5)], "code,sex\nHGB,M")


def test_empty_batch() -> None:
    assert flag_results([], TABLE) == []
