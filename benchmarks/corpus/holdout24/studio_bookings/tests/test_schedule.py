import pytest

from rehearsal.report import day_summary
from rehearsal.requests import BookingRequest, clock, request_from_form
from rehearsal.schedule import best_bookings, plan_day


def req(request_id: str, start: str, end: str, fee: int, room: str = "A") -> BookingRequest:
    return BookingRequest(request_id, room, "2024-06-01", clock(start), clock(end), fee)


def test_clock() -> None:
    assert clock("10:30") == 630 and clock(" 24:00 ") == 1440 and clock("0:05") == 5
    for bad in ("10", "10:5", "24:30", "9:60", "-1:00", "ab:cd"):
        with pytest.raises(ValueError):
            clock(bad)


def test_form() -> None:
    form = {"id": "R1", "room": "Room A", "date": "2024-06-01", "from": "18:00", "to": "19:30", "rate": "1500"}
    assert request_from_form(form) == BookingRequest("R1", "Room A", "2024-06-01", 1080, 1170, 2250)


def test_takes_the_more_valuable_overlapping_request() -> None:
    requests = [req("a", "10:00", "12:00", 3000), req("b", "11:00", "13:00", 5000), req("c", "12:00", "14:00", 3000)]
    assert best_bookings(requests) == (6000, ["a", "c"])
    assert best_bookings(requests[:2]) == (5000, ["b"])


def test_back_to_back_and_empty() -> None:
    assert best_bookings([]) == (0, [])
    requests = [req("x", "14:00", "15:00", 100), req("y", "15:00", "16:00", 100)]
    assert best_bookings(requests) == (200, ["x", "y"])


def test_ties_prefer_earlier_ending_set() -> None:
    requests = [req("early", "10:00", "12:00", 1000), req("late", "11:00", "13:00", 1000)]
    assert best_bookings(requests) == (1000, ["early"])


def test_invalid_request() -> None:
    with pytest.raises(ValueError):
        best_bookings([BookingRequest("z", "A", "2024-06-01", 600, 600, 100)])


def test_plan_day_and_summary() -> None:
    requests = [req("a", "10:00", "12:00", 3000, "Room B"), req("b", "11:00", "12:00", 900, "Room A"),
                req("c", "11:30", "12:30", 1000, "Room A")]
    plan = plan_day(requests)
    assert plan == {"Room A": (1000, ["c"]), "Room B": (3000, ["a"])}
    assert day_summary("2024-06-01", plan, len(requests)) == "2024-06-01: 2/3 requests accepted, £40.00"
