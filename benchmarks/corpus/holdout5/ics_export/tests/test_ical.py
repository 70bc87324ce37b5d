from datetime import datetime, timezone

import pytest

from calfeed.ical import CalendarWriter, Event, escape_text


def test_minimal_calendar() -> None:
    text = CalendarWriter().render([])
    assert text == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//calfeed//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n"


def test_event_lines() -> None:
    event = Event("1@x", datetime(2024, 5, 1, 9), datetime(2024, 5, 1, 10, 30), "Stand-up; daily", location="Room 4")
    lines = CalendarWriter().render([event]).split("\r\n")
    assert "DTSTART:20240501T090000" in lines
    assert "SUMMARY:Stand-up\\; daily" in lines
    assert "LOCATION:Room 4" in lines
    assert not any(line.startswith("DESCRIPTION") for line in lines)


def test_utc() -> None:
    event = Event("u", datetime(2024, 1, 1, 12, tzinfo=timezone.utc), datetime(2024, 1, 1, 13, tzinfo=timezone.utc), "x")
    assert "DTSTART:20240101T120000Z" in CalendarWriter().render([event])


def test_folding() -> None:
    event = Event("u", datetime(2024, 1, 1), datetime(2024, 1, 1), "é" * 100)
    for line in CalendarWriter().render([event]).split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_escape() -> None:
    assert escape_text("a,b\nc\\") == "a\\,b\\nc\\\\"


def test_end_before_start() -> None:
    with pytest.raises(ValueError):
        CalendarWriter().render([Event("u", datetime(2024, 1, 2), datetime(2024, 1, 1), "x")])
