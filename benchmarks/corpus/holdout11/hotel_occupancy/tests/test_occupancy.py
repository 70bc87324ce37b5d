from datetime import date

import pytest

from roomnights.occupancy import Reservation, nightly_occupancy, parse_reservations


def r(code, arrival, departure, rooms=1, rate=100.0):
    return Reservation(code, date.fromisoformat(arrival), date.fromisoformat(departure), rooms, rate)


def test_departure_night_not_counted() -> None:
    rows = nightly_occupancy([r("A", "2024-05-01", "2024-05-03")], date(2024, 5, 1), date(2024, 5, 3), 10)
    assert [row["sold"] for row in rows] == [1, 1, 0]


def test_occupancy_and_adr() -> None:
    rows = nightly_occupancy(
        [r("A", "2024-05-01", "2024-05-02", 2, 100.0), r("B", "2024-05-01", "2024-05-02", 1, 130.0)],
        date(2024, 5, 1), date(2024, 5, 1), 12,
    )
    assert rows == [{"night": "2024-05-01", "sold": 3, "occupancy": 25.0, "revenue": 330.0, "adr": 110.0}]


def test_empty_night_has_zero_adr() -> None:
    rows = nightly_occupancy([], date(2024, 1, 1), date(2024, 1, 2), 5)
    assert rows[0]["adr"] == 0.0 and rows[1]["sold"] == 0


def test_reversed_range_is_empty() -> None:
    assert nightly_occupancy([r("A", "2024-05-01", "2024-05-03")], date(2024, 5, 3), date(2024, 5, 1), 10) == []


def test_bad_capacity() -> None:
    with pytest.raises(ValueError):
        nightly_occupancy([], date(2024, 1, 1), date(2024, 1, 2), 0)


def test_stay_across_month_end() -> None:
    rows = nightly_occupancy([r("A", "2024-01-30", "2024-02-02")], date(2024, 1, 29), date(2024, 2, 2), 1)
    assert [row["occupancy"] for row in rows] == [0.0, 100.0, 100.0, 100.0, 0.0]


def test_parse_reservations() -> None:
    text = "code,arrival,departure,rooms,rate\nX1, 2024-03-01 ,2024-03-04,2,99.5\n"
    assert parse_reservations(text) == [r("X1", "2024-03-01", "2024-03-04", 2, 99.5)]
    assert parse_reservations(text)[0].nights == 3
