from datetime import datetime

import pytest

from slaclock.calendar import parse_calendar
from slaclock.clock import business_minutes
from slaclock.report import breach_report

CAL = """# desk hours
hours mon-fri 08:00-18:00
hours sat 09:00-13:00   # Saturday morning cover
holiday 2024-05-06
"""
TARGETS = {"P1": (30, 240), "P2": (120, 1440)}


def test_parse_calendar() -> None:
    calendar = parse_calendar(CAL)
    assert calendar.hours[0] == (480, 1080) and calendar.hours[5] == (540, 780) and 6 not in calendar.hours
    assert [d.isoformat() for d in calendar.holidays] == ["2024-05-06"]


def test_parse_calendar_errors() -> None:
    with pytest.raises(ValueError):
        parse_calendar("hours mon-fry 08:00-18:00")
    with pytest.raises(ValueError):
        parse_calendar("hours mon 18:00-08:00")
    with pytest.raises(ValueError):
        parse_calendar("open 08:00")


def test_minutes_within_one_day() -> None:
    assert business_minutes(datetime(2024, 5, 7, 7, 0), datetime(2024, 5, 7, 9, 30), CAL) == 90


def test_minutes_over_weekend_and_holiday() -> None:
    # Friday 17:00 -> Tuesday 09:00: 60 Fri + 240 Sat + 0 Sun + 0 holiday Mon + 60 Tue
    assert business_minutes(datetime(2024, 5, 3, 17, 0), datetime(2024, 5, 7, 9, 0), CAL) == 360


def test_end_before_start() -> None:
    with pytest.raises(ValueError):
        business_minutes(datetime(2024, 5, 7, 9), datetime(2024, 5, 7, 8), CAL)


def test_report_breaches_and_compliance() -> None:
    tickets = [
        {"id": 1, "priority": "P1", "created": "2024-05-07T08:00", "first_response": "2024-05-07T08:10", "resolved": "2024-05-07T10:00"},
        {"id": 2, "priority": "P1", "created": "2024-05-07T08:00", "first_response": "2024-05-07T09:00", "resolved": None},
        {"id": 3, "priority": "P2", "created": "2024-05-07T17:00", "first_response": "", "resolved": ""},
    ]
    report = breach_report(tickets, CAL, TARGETS, "2024-05-08T09:00")
    assert report["tickets"][1] == {"response": 10, "resolution": 120, "breaches": []}
    assert report["tickets"][2]["breaches"] == ["response", "resolution"]
    assert report["tickets"][3]["response"] == 120
    assert report["compliance"] == {"P1": 50.0, "P2": 100.0}


def test_empty_report() -> None:
    assert breach_report([], CAL, TARGETS, "2024-05-08T09:00") == {"tickets": {}, "compliance": {}}
