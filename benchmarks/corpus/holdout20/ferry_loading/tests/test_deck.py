import pytest

from deckplan.deck import GAP_CM, DeckPlan, Lane
from deckplan.vehicles import Vehicle, from_booking


def car(reg, length=450, weight=1500, height=150, hazardous=False):
    return Vehicle(reg, length, height, weight, hazardous)


def test_from_booking_defaults() -> None:
    assert from_booking("ab12 cde", "van") == Vehicle("AB12CDE", 600, 260, 3000)
    assert from_booking("x", "car", length_cm=500).length_cm == 500
    with pytest.raises(KeyError):
        from_booking("x", "tank")


def test_lane_free_length_and_weight() -> None:
    lane = Lane(1, 2000, 200, vehicles=[car("A"), car("B", 500, 2000)])
    assert lane.used_cm() == 950 + 2 * GAP_CM
    assert lane.free_cm() == 2000 - 950 - 2 * GAP_CM
    assert lane.weight_kg() == 3500


def test_vehicles_spread_over_lanes() -> None:
    plan = DeckPlan([Lane(1, 1000, 200), Lane(2, 1000, 200)], 100_000, 50_000)
    assert plan.load([car("A"), car("B"), car("C")]) == []
    assert [[v.registration for v in lane.vehicles] for lane in plan.lanes] == [["A", "C"], ["B"]]


def test_height_and_hazardous_restrictions() -> None:
    plan = DeckPlan([Lane(1, 3000, 200), Lane(2, 3000, 450, open_deck=True)], 100_000, 50_000)
    tall = Vehicle("TALL", 600, 300, 3000)
    tanker = Vehicle("HAZ", 1200, 380, 20000, hazardous=True)
    assert plan.load([tall, tanker, car("A")]) == []
    assert [v.registration for v in plan.lanes[1].vehicles] == ["TALL", "HAZ"]
    assert [v.registration for v in plan.lanes[0].vehicles] == ["A"]


def test_shut_out_when_full_or_too_heavy() -> None:
    plan = DeckPlan([Lane(1, 1000, 200)], 3500, 50_000)
    assert plan.load([car("A"), car("B"), car("C", 100, 100)]) == ["C"]
    plan = DeckPlan([Lane(1, 1000, 200)], 10_000, 2000)
    assert plan.load([car("A"), car("B")]) == ["B"]


def test_lane_report() -> None:
    plan = DeckPlan([Lane(7, 1000, 200)], 10_000, 10_000)
    plan.load([car("A")])
    assert plan.lane_report() == [(7, 1, 1000 - 450 - GAP_CM, 1500)]
