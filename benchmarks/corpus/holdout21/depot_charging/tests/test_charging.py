import pytest

from busdepot.charging import plan_season, simulate_night
from busdepot.fleet import BusReturn


def bus(bus_id, arrive, depart, energy=100.0, capacity=400.0):
    return BusReturn(bus_id, arrive, depart, energy, capacity)


def test_needed_kwh() -> None:
    assert bus("A", 0, 10).needed_kwh(0.9) == 260.0
    assert bus("A", 0, 10, energy=390).needed_kwh(0.9) == 0.0


def test_single_bus_charges_to_target() -> None:
    plan = simulate_night([bus("A", 100, 900)], chargers=1, power_kw=130)
    assert plan == {"A": {"charger": 0, "start": 100.0, "end": 220.0, "added_kwh": 260.0, "ready": True}}


def test_earliest_departure_goes_first() -> None:
    plan = simulate_night([bus("LATE", 100, 900), bus("EARLY", 100, 400)], chargers=1, power_kw=130)
    assert plan["EARLY"]["start"] == 100.0 and plan["LATE"]["start"] == 220.0


def test_charging_stops_at_departure() -> None:
    plan = simulate_night([bus("A", 100, 160)], chargers=1, power_kw=130)
    assert plan["A"]["end"] == 160.0 and plan["A"]["added_kwh"] == 130.0 and not plan["A"]["ready"]


def test_bus_leaves_before_a_charger_frees() -> None:
    plan = simulate_night([bus("A", 100, 900), bus("B", 100, 950), bus("C", 110, 200)], chargers=1, power_kw=130)
    assert plan["C"] == {"charger": None, "start": None, "end": None, "added_kwh": 0.0, "ready": False}


def test_several_chargers() -> None:
    plan = simulate_night([bus("A", 0, 900), bus("B", 0, 900), bus("C", 10, 900)], chargers=2, power_kw=130)
    assert [plan[b]["charger"] for b in "ABC"] == [0, 1, 0]
    assert plan["C"]["start"] == 120.0


def test_invalid_depot() -> None:
    with pytest.raises(ValueError):
        simulate_night([], chargers=0, power_kw=150)
    with pytest.raises(ValueError):
        simulate_night([], chargers=2, power_kw=0)


def test_plan_season() -> None:
    nights = [[bus("A", 0, 900)], [bus("A", 100, 160), bus("B", 0, 50)], []]
    result = plan_season(nights, chargers=1, power_kw=130)
    assert result["nights"] == 3 and result["short_pullouts"] == 2
    assert result["worst_night"] == 1 and result["worst_short"] == ["A", "B"]
    assert result["energy_mwh"] == 0.498
