import pytest

from fuelcard.economy import fuel_economy


def fill(vehicle: str, time: str, odometer: int, litres: float, full: bool = True) -> dict:
    return {"vehicle": vehicle, "time": time, "odometer": odometer, "litres": litres, "full": full}


def test_two_full_tanks() -> None:
    report = fuel_economy([fill("V1", "2024-01-01T08:00", 1000, 40.0), fill("V1", "2024-01-03T08:00", 1500, 40.0)])
    assert report == {"V1": {"fills": 2, "distance_km": 500, "litres": 40.0, "l_per_100km": 8.0, "anomalies": []}}


def test_partial_fills_are_carried_to_next_full_tank() -> None:
    report = fuel_economy([
        fill("V1", "2024-01-01T08:00", 1000, 50.0),
        fill("V1", "2024-01-02T08:00", 1200, 10.0, full=False),
        fill("V1", "2024-01-03T08:00", 1400, 22.0),
    ])
    assert report["V1"]["litres"] == 32.0
    assert report["V1"]["distance_km"] == 400
    assert report["V1"]["l_per_100km"] == 8.0


def test_input_order_does_not_matter() -> None:
    rows = [fill("V1", "2024-01-03T08:00", 1400, 22.0), fill("V1", "2024-01-01T08:00", 1000, 50.0),
            fill("V1", "2024-01-02T08:00", 1200, 10.0, full=False)]
    assert fuel_economy(rows)["V1"]["l_per_100km"] == 8.0


def test_single_fill_has_no_rate() -> None:
    assert fuel_economy([fill("V1", "2024-01-01T08:00", 1000, 50.0)])["V1"]["l_per_100km"] is None


def test_odometer_going_backwards_is_an_anomaly() -> None:
    report = fuel_economy([
        fill("V1", "2024-01-01T08:00", 1000, 50.0),
        fill("V1", "2024-01-02T08:00", 900, 30.0),
        fill("V1", "2024-01-03T08:00", 1300, 32.0),
    ])
    assert report["V1"]["anomalies"] == ["2024-01-02T08:00"]
    assert report["V1"]["distance_km"] == 400
    assert report["V1"]["l_per_100km"] == 8.0


def test_vehicles_are_kept_apart_and_sorted() -> None:
    report = fuel_economy([
        fill("B", "2024-01-01T08:00", 100, 10.0), fill("A", "2024-01-01T09:00", 5000, 30.0),
        fill("B", "2024-01-02T08:00", 200, 6.0), fill("A", "2024-01-02T09:00", 5500, 45.0),
    ])
    assert list(report) == ["A", "B"]
    assert report["A"]["l_per_100km"] == 9.0
    assert report["B"]["l_per_100km"] == 6.0


def test_empty() -> None:
    assert fuel_economy([]) == {}


def test_missing_field() -> None:
    with pytest.raises(KeyError):
        fuel_economy([{"vehicle": "V1", "time": "2024-01-01T08:00", "odometer": 1, "full": True}])
