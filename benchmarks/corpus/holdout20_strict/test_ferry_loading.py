"""Strict equivalence tests for DeckPlan.load (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest
from deckplan.deck import DeckPlan, Lane
from deckplan.vehicles import Vehicle
from strict_support import assert_same

TARGET = "deckplan/deck.py:DeckPlan.load"


# --- verbatim copy of the original classes -----------------------------------------------

GAP_CM = 30


@dataclass
class RefVehicle:
    registration: str
    length_cm: int
    height_cm: int
    weight_kg: int
    hazardous: bool = False


@dataclass
class RefLane:
    number: int
    length_cm: int
    max_height_cm: int
    open_deck: bool = False
    vehicles: list = field(default_factory=list)

    def used_cm(self):
        return sum(vehicle.length_cm + GAP_CM for vehicle in self.vehicles)

    def free_cm(self):
        return self.length_cm - self.used_cm()

    def weight_kg(self):
        return sum(vehicle.weight_kg for vehicle in self.vehicles)

    def fits(self, vehicle, lane_weight_limit_kg):
        if vehicle.hazardous and not self.open_deck:
            return False
        if vehicle.height_cm > self.max_height_cm:
            return False
        if vehicle.length_cm + GAP_CM > self.free_cm():
            return False
        return self.weight_kg() + vehicle.weight_kg <= lane_weight_limit_kg


class RefDeckPlan:
    def __init__(self, lanes, deck_weight_limit_kg, lane_weight_limit_kg):
        self.lanes = lanes
        self.deck_weight_limit_kg = deck_weight_limit_kg
        self.lane_weight_limit_kg = lane_weight_limit_kg

    def total_weight_kg(self):
        return sum(lane.weight_kg() for lane in self.lanes)

    def load(self, vehicles):
        shut_out = []
        for vehicle in vehicles:
            if self.total_weight_kg() + vehicle.weight_kg > self.deck_weight_limit_kg:
                shut_out.append(vehicle.registration)
                continue
            best = None
            for lane in self.lanes:
                if not lane.fits(vehicle, self.lane_weight_limit_kg):
                    continue
                if best is None or lane.free_cm() > best.free_cm():
                    best = lane
            if best is None:
                shut_out.append(vehicle.registration)
            else:
                best.vehicles.append(vehicle)
        return shut_out

    def lane_report(self):
        return [(lane.number, len(lane.vehicles), lane.free_cm(), lane.weight_kg()) for lane in self.lanes]


# --- harness: build fresh objects from plain specs and observe the plan ---------------------

def _simulate(lane_cls, plan_cls, vehicle_cls, lanes, batches, deck_limit, lane_limit, drive_off=()):
    """lanes: (number, length, max height, open deck, preloaded vehicle specs); batches: lists of vehicle specs.

    drive_off: (batch index, lane index) pairs; after that batch, the last vehicle of that lane leaves
    the deck (it was unloaded again), which the next load must take into account.
    """
    built = [lane_cls(number, length, height, open_deck, [vehicle_cls(*spec) for spec in preloaded])
             for number, length, height, open_deck, preloaded in lanes]
    plan = plan_cls(built, deck_limit, lane_limit)
    results = []
    for index, batch in enumerate(batches):
        vehicles = [vehicle_cls(*spec) for spec in batch]
        results.append(plan.load(vehicles))
        results.append([v.registration for v in vehicles])
        for when, lane_index in drive_off:
            if when == index and built[lane_index].vehicles:
                built[lane_index].vehicles.pop()
    lanes_after = [[(v.registration, v.length_cm, v.weight_kg) for v in lane.vehicles] for lane in plan.lanes]
    return results, lanes_after, plan.lane_report()


def candidate(lanes, batches, deck_limit, lane_limit, drive_off=()):
    return _simulate(Lane, DeckPlan, Vehicle, lanes, batches, deck_limit, lane_limit, drive_off)


def reference(lanes, batches, deck_limit, lane_limit, drive_off=()):
    return _simulate(RefLane, RefDeckPlan, RefVehicle, lanes, batches, deck_limit, lane_limit, drive_off)


# --- cases -------------------------------------------------------------------------------

def car(reg, length=450, weight=1500, height=150, hazardous=False):
    return (reg, length, height, weight, hazardous)


TWO = [(1, 1000, 200, False, []), (2, 1000, 200, False, [])]
MIXED = [(1, 3000, 200, False, []), (2, 3000, 450, True, []), (3, 2000, 480, False, [])]
BIG = 10 ** 9

CASES = [
    ([], [[]], BIG, BIG),
    ([], [[car("A")]], BIG, BIG),
    (TWO, [[]], BIG, BIG),
    (TWO, [], BIG, BIG),
    (TWO, [[car("A"), car("B"), car("C")]], BIG, BIG),
    (TWO, [[car("A"), car("B"), car("C"), car("D"), car("E")]], BIG, BIG),
    (TWO, [[car("A", 970)]], BIG, BIG),
    (TWO, [[car("A", 971)]], BIG, BIG),
    (TWO, [[car("A", 470), car("B", 470), car("C", 470), car("D", 470)]], BIG, BIG),
    (TWO, [[car("A", 470), car("B", 470), car("C", 470), car("D", 471)]], BIG, BIG),
    (TWO, [[car("A", 0), car("B", 0)]], BIG, BIG),
    (TWO, [[car("A", -30)]], BIG, BIG),
    (TWO, [[car("A", -500), car("B", 900), car("C", 900)]], BIG, BIG),
    (TWO, [[car("A"), car("B"), car("C")]], 3000, BIG),
    (TWO, [[car("A"), car("B"), car("C")]], 4500, BIG),
    (TWO, [[car("A"), car("B"), car("C")]], 4499, BIG),
    (TWO, [[car("A"), car("B"), car("C", 100, 0)]], 3000, BIG),
    (TWO, [[car("A", weight=-100), car("B"), car("C")]], 3000, BIG),
    (TWO, [[car("A"), car("B"), car("C")]], BIG, 1500),
    (TWO, [[car("A"), car("B"), car("C")]], BIG, 1499),
    (TWO, [[car("A", 400, 1000), car("B", 400, 1000), car("C", 10, 1), car("D", 10, 0)]], BIG, 1000),
    (TWO, [[car("A")]], 0, 0),
    (TWO, [[car("A", weight=0)]], 0, 0),
    (TWO, [[car("A", weight=0)]], -1, 0),
    (MIXED, [[car("TALL", 600, 3000, 300), car("HAZ", 1200, 20000, 380, True), car("A")]], BIG, BIG),
    (MIXED, [[car("HAZ", 1200, 20000, 380, True)] * 3], BIG, BIG),
    (MIXED, [[car("H1", 500, 1, 200, True), car("H2", 500, 1, 200, 1), car("H3", 500, 1, 200, 0)]], BIG, BIG),
    (MIXED, [[car("X", 500, 1, 450), car("Y", 500, 1, 451), car("Z", 500, 1, 480), car("W", 500, 1, 481)]], BIG, BIG),
    (MIXED, [[car("A", 2970)], [car("B", 2970)], [car("C", 2970)]], BIG, BIG),
    ([(1, 1000, 200, False, [car("P", 600)]), (2, 800, 200, False, [])], [[car("A"), car("B")]], BIG, BIG),
    ([(1, 1000, 200, False, [car("P", 600, 9000)]), (2, 800, 200, False, [])], [[car("A"), car("B")]], 10000, BIG),
    ([(1, 1000, 200, False, [car("P", 600, 9000)]), (2, 800, 200, False, [])], [[car("A"), car("B")]], BIG, 10000),
    ([(1, 500, 200, False, [car("P", 900)])], [[car("A", 10)]], BIG, BIG),
    ([(5, 1000, 200, False, []), (5, 1000, 200, False, []), (3, 1500, 100, False, [])], [[car("A"), car("A"), car("A", 100, 1, 90)]], BIG, BIG),
    ([(1, 0, 0, False, []), (2, -100, 500, True, [])], [[car("A", 0, 0, 0)]], BIG, BIG),
    ([(1, 2000, 200, False, [])], [[car("A")], [car("B")], [car("C")], [car("D")]], BIG, BIG),
    ([(1, 2000, 200, False, []), (2, 1200, 200, False, [])], [[car("A"), car("B")], [car("C"), car("D")], [car("E")]], BIG, BIG, [(0, 0)]),
    ([(1, 2000, 200, False, []), (2, 1200, 200, False, [])], [[car("A"), car("B"), car("C")], [car("D", 900)]], BIG, BIG, [(0, 0), (0, 1)]),
    ([(1, 1000, 200, False, [])], [[car("A", 400, 3000), car("B", 400, 3000)], [car("C", 100, 3000)]], 6000, BIG, [(0, 0)]),
    ([(1, 1000, 200, False, [])], [[car("A", 400, 3000), car("B", 400, 3000)], [car("C", 100, 3000)]], BIG, 6000, [(0, 0)]),
    (TWO, [[car("É-1"), car("日本"), car("")]], BIG, BIG),
    (TWO, [[car("A", 450.5), car("B", 449.5)]], BIG, BIG),
    (TWO, [[car("A", weight=1500.25), car("B", weight=0.75)]], 3001, BIG),
    (TWO, [[car("A", 10 ** 20)]], BIG, BIG),
    ([(1, 10 ** 21, 200, False, [])], [[car("A", 10 ** 20), car("B", 10 ** 20)]], BIG, BIG),
    # invalid input
    (TWO, [[car("A", None)]], BIG, BIG),
    (TWO, [[car("A", weight=None)]], BIG, BIG),
    (TWO, [[car("A", height=None)]], BIG, BIG),
    (TWO, [[car("A", height=None, hazardous=True)]], BIG, BIG),
    (MIXED, [[car("A", height=None, hazardous=True)]], BIG, BIG),
    (TWO, [[car("A", "450")]], BIG, BIG),
    (TWO, [[car("A")]], None, BIG),
    (TWO, [[car("A")]], BIG, None),
    (TWO, [[]], None, None),
    ([], [[car("A")]], BIG, None),
    ([(1, None, 200, False, [])], [[car("A")]], BIG, BIG),
    ([(1, 1000, None, False, [])], [[car("A")]], BIG, BIG),
    ([(1, 1000, 200, False, [])], [[car("A"), car("B", None)]], BIG, BIG),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(candidate, reference, *case)


def test_vehicle_list_is_not_modified_and_same_objects_are_loaded() -> None:
    vehicles = [Vehicle("A", 450, 150, 1500), Vehicle("B", 450, 150, 1500), Vehicle("C", 9000, 150, 1500)]
    snapshot = list(vehicles)
    plan = DeckPlan([Lane(1, 1000, 200), Lane(2, 1000, 200)], BIG, BIG)
    assert plan.load(vehicles) == ["C"]
    assert vehicles == snapshot
    assert plan.lanes[0].vehicles[0] is vehicles[0] and plan.lanes[1].vehicles[0] is vehicles[1]


def test_lanes_keep_their_own_lists() -> None:
    lanes = [Lane(1, 1000, 200), Lane(2, 1000, 200)]
    lists = [lane.vehicles for lane in lanes]
    plan = DeckPlan(lanes, BIG, BIG)
    plan.load([Vehicle("A", 450, 150, 1500), Vehicle("B", 450, 150, 1500)])
    assert [lane.vehicles for lane in lanes] == lists and all(a is b for a, b in zip((l.vehicles for l in lanes), lists))
    assert plan.lanes is lanes


CATEGORIES = [(450, 150, 1500), (600, 260, 3000), (750, 320, 4500), (1650, 400, 38000), (220, 130, 250)]


def _random_cases():
    rng = random.Random(6161)
    for index in range(180):
        lanes = []
        for number in range(rng.randint(0, 7)):
            preloaded = [car(f"P{number}{k}", rng.randint(200, 900), rng.randint(100, 5000)) for k in range(rng.choice([0, 0, 0, 1, 2]))]
            lanes.append((number + 1, rng.choice([1000, 2000, 3000, 4500, 6000, rng.randint(0, 8000)]),
                          rng.choice([200, 210, 450, 480]), rng.random() < 0.25, preloaded))
        batches = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            batch = []
            for number in range(rng.randint(0, 30)):
                length, height, weight = rng.choice(CATEGORIES)
                if rng.random() < 0.5:
                    length = length + rng.randint(-80, 80)
                batch.append((f"V{index}-{number}", length, height, weight, weight > 30000 and rng.random() < 0.3))
            batches.append(batch)
        deck = rng.choice([BIG, 40_000, 80_000, 150_000, rng.randint(0, 200_000)])
        lane_limit = rng.choice([BIG, 20_000, 45_000, rng.randint(0, 60_000)])
        drive_off = [(rng.randrange(len(batches)), rng.randrange(len(lanes)))] if lanes and rng.random() < 0.2 else []
        yield lanes, batches, deck, lane_limit, drive_off


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(candidate, reference, *case)


def test_full_sailing() -> None:
    rng = random.Random(12)
    lanes = [(n, 16_000, 480, False, []) for n in range(1, 11)] + [(n, 9_000, 210, False, []) for n in range(11, 27)]
    lanes += [(n, 6_000, 450, True, []) for n in range(27, 31)]
    batch = []
    for number in range(700):
        length, height, weight = rng.choice(CATEGORIES[:1] * 7 + CATEGORIES)
        batch.append((f"S{number}", length + rng.randint(-50, 50), height, weight, weight > 30000 and rng.random() < 0.1))
    assert_same(candidate, reference, lanes, [batch], 2_600_000, 170_000)
