import pytest

from tacho.activities import Activity, parse_activity_line
from tacho.hours import driving_summary
from tacho.weekly import weekly_findings


def test_parse_activity_line() -> None:
    line = "DGB1234567, DRV ,2024-03-04 06:15:00,2024-03-04 08:40:00"
    assert parse_activity_line(line) == Activity("DGB1234567", "drive", "2024-03-04 06:15:00", "2024-03-04 08:40:00")
    with pytest.raises(ValueError):
        parse_activity_line("DGB1234567,XXX,2024-03-04 06:15:00,2024-03-04 08:40:00")


def test_midnight_split_and_long_days() -> None:
    acts = [Activity("D1", "drive", "2024-03-04 14:00:00", "2024-03-04 18:00:00"),
            Activity("D1", "rest", "2024-03-04 18:00:00", "2024-03-04 19:00:00"),
            Activity("D1", "drive", "2024-03-04 19:00:00", "2024-03-05 01:00:00")]
    summary = driving_summary(acts)
    assert summary["driving"] == {"D1": {"2024-03-04": 9 * 3600, "2024-03-05": 3600}}
    assert summary["long_days"] == []
    assert summary["breaches"] == [("D1", "2024-03-04 19:00:00")]


def test_short_rest_and_work_do_not_reset() -> None:
    acts = [Activity("D1", "drive", "2024-03-04 06:00:00", "2024-03-04 08:30:00"),
            Activity("D1", "rest", "2024-03-04 08:30:00", "2024-03-04 09:00:00"),
            Activity("D1", "work", "2024-03-04 09:00:00", "2024-03-04 10:00:00"),
            Activity("D1", "drive", "2024-03-04 10:00:00", "2024-03-04 12:30:00")]
    assert driving_summary(acts)["breaches"] == [("D1", "2024-03-04 10:00:00")]


def test_errors() -> None:
    with pytest.raises(ValueError):
        driving_summary([Activity("D1", "sleep", "2024-03-04 06:00:00", "2024-03-04 07:00:00")])
    with pytest.raises(ValueError):
        driving_summary([Activity("D1", "drive", "2024-03-04 08:00:00", "2024-03-04 07:00:00")])
    with pytest.raises(ValueError):
        driving_summary([Activity("D1", "drive", "2024-03-04T06:00:00", "2024-03-04 07:00:00")])


def test_weekly_findings() -> None:
    driving = {"D1": {f"2024-03-0{day}": 10 * 3600 + 60 for day in range(4, 10)}}
    assert weekly_findings(driving) == [("D1", "2024-W10", "day over 10h"), ("D1", "2024-W10", "over 56h"),
                                        ("D1", "2024-W10", "too many extended days")]
