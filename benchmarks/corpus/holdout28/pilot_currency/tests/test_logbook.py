from datetime import date

import pytest

from logbook.currency import PassengerCheck, check_passenger_flights
from logbook.entries import Flight, read_logbook


def flight(day, cls="SEP", landings=1, night=0, hours=1.0, passengers=0, pilot="Ann"):
    return Flight(pilot, date.fromisoformat(day), cls, landings, night, hours, passengers)


HISTORY = [flight("2024-01-10", hours=6.0), flight("2024-02-01", landings=2, hours=6.0),
           flight("2024-03-01", hours=0.5)]


def test_read_logbook() -> None:
    rows = [{"pilot": " Ann ", "date": "2024-03-01", "class": "sep", "day_landings": "2", "night_landings": "",
             "hours": "1.3", "passengers": ""}]
    assert read_logbook(rows) == [Flight("Ann", date(2024, 3, 1), "SEP", 2, 0, 1.3, 0)]


def test_current_pilot() -> None:
    checks = check_passenger_flights(HISTORY + [flight("2024-03-10", passengers=2)])
    assert checks == [PassengerCheck("Ann", date(2024, 3, 10), "SEP", 2, 4, 0, 12.5, True, ())]


def test_landings_outside_window_and_other_class_do_not_count() -> None:
    checks = check_passenger_flights(HISTORY + [flight("2024-05-15", passengers=1), flight("2024-03-10", "TMG", passengers=1)])
    assert [(check.day.isoformat(), check.landings_90d, check.current) for check in checks] == [
        ("2024-03-10", 0, False), ("2024-05-15", 1, False)]
    assert checks[0].reasons[0] == "0 landings in TMG in the last 90 days"


def test_night_flight_needs_night_landings() -> None:
    checks = check_passenger_flights(HISTORY + [flight("2024-03-10", night=1, passengers=1)])
    assert checks[0].reasons == ("0 night landings in SEP in the last 90 days",)


def test_pilots_in_order_of_appearance_and_hours_rule() -> None:
    flights = [flight("2024-03-10", passengers=1, pilot="Bob"), *HISTORY, flight("2024-03-05", landings=3, pilot="Bob"),
               flight("2024-03-11", passengers=1)]
    checks = check_passenger_flights(flights)
    assert [check.pilot for check in checks] == ["Bob", "Ann"]
    assert checks[0].reasons == ("1.0 hours in the last 12 months",)
    assert checks[1].current


def test_negative_values_rejected() -> None:
    with pytest.raises(ValueError):
        check_passenger_flights([flight("2024-01-01", hours=-1.0)])
