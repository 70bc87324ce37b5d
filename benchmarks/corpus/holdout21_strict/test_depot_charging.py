"""Strict equivalence tests for plan_season (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from strict_support import assert_same
from busdepot.charging import plan_season
from busdepot.fleet import BusReturn as PackageBusReturn

TARGET = "busdepot/charging.py:plan_season"


# --- verbatim copy of the original implementation and its helpers -------------------------

@dataclass(frozen=True)
class BusReturn:
    bus_id: str
    arrive: float
    depart: float
    energy_kwh: float
    capacity_kwh: float

    def needed_kwh(self, target):
        return max(0.0, self.capacity_kwh * target - self.energy_kwh)


def simulate_night(buses, chargers, power_kw, target=0.9):
    if chargers < 1 or power_kw <= 0:
        raise ValueError("need at least one charger and a positive power")
    arrivals = sorted(buses, key=lambda bus: (bus.arrive, bus.bus_id))
    free_at = [0.0] * chargers
    waiting = []
    plan = {}
    next_arrival = 0
    while next_arrival < len(arrivals) or waiting:
        soonest = min(free_at)
        charger = free_at.index(soonest)
        now = soonest if waiting else max(soonest, arrivals[next_arrival].arrive)
        while next_arrival < len(arrivals) and arrivals[next_arrival].arrive <= now:
            waiting.append(arrivals[next_arrival])
            next_arrival += 1
        waiting.sort(key=lambda bus: (bus.depart, bus.arrive, bus.bus_id))
        bus = waiting.pop(0)
        needed = bus.needed_kwh(target)
        if bus.depart <= now:
            plan[bus.bus_id] = {"charger": None, "start": None, "end": None, "added_kwh": 0.0, "ready": needed == 0.0}
            continue
        end = min(now + needed / power_kw * 60, bus.depart)
        added = (end - now) * power_kw / 60
        free_at[charger] = end
        plan[bus.bus_id] = {"charger": charger, "start": round(now, 2), "end": round(end, 2),
                            "added_kwh": round(added, 2), "ready": added >= needed - 1e-9}
    return plan


def reference(nights, chargers, power_kw, target=0.9):
    short = []
    energy = 0.0
    for buses in nights:
        plan = simulate_night(buses, chargers, power_kw, target)
        short.append(sorted(bus_id for bus_id, slot in plan.items() if not slot["ready"]))
        energy += sum(slot["added_kwh"] for slot in plan.values())
    worst = max(range(len(nights)), key=lambda night: len(short[night]), default=None)
    return {"nights": len(nights), "short_pullouts": sum(len(ids) for ids in short), "worst_night": worst,
            "worst_short": short[worst] if worst is not None else [], "energy_mwh": round(energy / 1000, 3)}


# --- cases -------------------------------------------------------------------------------

def bus(bus_id, arrive, depart, energy=100.0, capacity=400.0, cls=BusReturn):
    return cls(bus_id, arrive, depart, energy, capacity)


NIGHT = [bus("A", 100, 900), bus("B", 100, 400), bus("C", 110, 200), bus("D", 300, 960, 390), bus("E", 120, 500, 0, 525)]

CASES = [
    ([], 1, 150),
    ([], 0, 150),
    ([[]], 1, 150),
    ([[], []], 3, 150),
    ([NIGHT], 1, 130),
    ([NIGHT], 2, 130),
    ([NIGHT], 3, 130.0),
    ([NIGHT], 10, 130),
    ([NIGHT, NIGHT], 1, 130),
    ([NIGHT, [], NIGHT[:2]], 1, 130),
    ((tuple(NIGHT),), 2, 150),
    ([list(reversed(NIGHT))], 1, 130),
    ([NIGHT], 1, 130, 0.5),
    ([NIGHT], 1, 130, 1.0),
    ([NIGHT], 1, 130, 0),
    ([NIGHT], 1, 130, -1),
    ([NIGHT], 1, 130, 1.5),
    ([NIGHT], 1, 130, 1),
    ([NIGHT], 1, 1e-3),
    ([NIGHT], 1, 1e9),
    ([NIGHT], True, 130),
    ([NIGHT], 0, 130),
    ([NIGHT], -2, 130),
    ([NIGHT], 1, 0),
    ([NIGHT], 1, -150),
    ([[bus("A", 0, 900)]], 1, 130),
    ([[bus("A", 900, 100)]], 1, 130),
    ([[bus("A", 900, 900)]], 1, 130),
    ([[bus("A", 900, 900, 400)]], 1, 130),
    ([[bus("A", 900, 900, 360)]], 1, 130),
    ([[bus("A", 0, 60, 360)]], 1, 130),
    ([[bus("A", 0, 60, 500)]], 1, 130),
    ([[bus("A", -50, 60)]], 1, 130),
    ([[bus("A", 0, 900, -20)]], 1, 130),
    ([[bus("A", 0, 900, 100, 0)]], 1, 130),
    ([[bus("A", 10, 500), bus("A", 20, 500)]], 1, 130),
    ([[bus("A", 10, 500), bus("A", 10, 500), bus("A", 10, 500, 300)]], 1, 130),
    ([[bus("A", 10, 500), bus("A", 10, 500, 300), bus("A", 10, 500)]], 2, 130),
    ([[bus("B", 10, 500), bus("A", 10, 500), bus("C", 10, 500)]], 1, 130),
    ([[bus("B", 10, 500), bus("A", 20, 500), bus("C", 0, 500)]], 1, 130),
    ([[bus("B", 10, 600), bus("A", 20, 500), bus("C", 0, 700)]], 1, 130),
    ([[bus(f"EB{n}", 10 * (n % 3), 300 + 10 * (n % 4)) for n in range(12)]], 3, 150),
    ([[bus(f"EB{n}", 10 * (n % 3), 300 + 10 * (n % 4)) for n in range(12)]], 1, 150),
    ([[bus(n, 0, 500) for n in (3, 1, 2)]], 1, 130),
    ([[bus(n, 0, 500) for n in (3, 1.0, True)]], 1, 130),
    ([[bus("Ö", 0, 500), bus("O", 0, 500), bus("ö", 0, 500)]], 1, 130),
    ([[bus("A", 0, 100.005, 100.001), bus("B", 0.1, 0.2 + 0.1, 0.3)]], 1, 130),
    ([[bus("A", 0.1, 1000.7, 33.3), bus("B", 0.2, 1000.7, 66.6)]], 1, 77.7, 0.95),
    ([[bus("A", 0, 1, 0)], [bus("A", 0, 1, 0), bus("B", 0, 1, 0)], [bus("C", 0, 1, 0)]], 1, 130),
    ([[bus("A", 0, 2000, 0)], [bus("B", 0, 2000, 0), bus("C", 0, 2000, 0)]], 1, 130),
    ([[bus("A", 0, 500, cls=PackageBusReturn), bus("B", 0, 500, cls=PackageBusReturn)]], 1, 130),
    ([[bus("A", 0, 500), bus("B", 0, 500)]], 1, 130, 0.9),
    # invalid input
    (None, 1, 130),
    ([None], 1, 130),
    ([[None]], 1, 130),
    ([NIGHT], 1.5, 130),
    ([NIGHT], "2", 130),
    ([NIGHT], None, 130),
    ([NIGHT], 1, None),
    ([NIGHT], 1, 130, None),
    ([NIGHT], 1, 130, "0.9"),
    ([[bus("A", None, 500)]], 1, 130),
    ([[bus("A", 0, None)]], 1, 130),
    ([[bus("A", 0, None), bus("B", 0, 500)]], 1, 130),
    ([[bus("A", "0", 500), bus("B", 0, 500)]], 1, 130),
    ([[bus(None, 0, 500), bus("B", 0, 500)]], 1, 130),
    ([[bus(None, 0, 500), bus("B", 0, 600)]], 1, 130),
    ([[bus(1, 0, 500, 390), bus("B", 0, 600, 390)]], 1, 130),
    ([[bus(1, 0, 50), bus("B", 0, 60)]], 1, 130),
    ([[bus("A", 0, 500, None)]], 1, 130),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(plan_season, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(plan_season, reference, target=0.8, power_kw=120, chargers=2, nights=[NIGHT])


def _random_cases():
    rng = random.Random(2050)
    for index in range(200):
        fleet = [(f"EB{n:02d}", rng.choice([350.0, 420.0, 525.0])) for n in range(rng.randint(1, 25))]
        nights = []
        for _ in range(rng.choice([1, 1, 2, 4])):
            buses = []
            for bus_id, capacity in fleet:
                if rng.random() < 0.2:
                    continue
                arrive = rng.choice([0, 60, 120, 180]) + rng.choice([0, 0, 10, rng.uniform(0, 60)])
                depart = rng.choice([400, 480, 540]) + rng.choice([0, 0, 30, rng.uniform(0, 60)])
                if rng.random() < 0.05:
                    depart = arrive - 10
                buses.append(BusReturn(bus_id, arrive, depart, round(capacity * rng.uniform(0, 0.95), 1), capacity))
            if rng.random() < 0.05 and buses:
                buses.append(rng.choice(buses))
            nights.append(buses)
        chargers = rng.choice([1, 2, 3, 5, 8])
        power = rng.choice([50, 150, 150.0, 300])
        yield (nights, chargers, power) if index % 3 else (nights, chargers, power, rng.choice([0.8, 0.9, 1.0]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(plan_season, reference, *case)


def test_depot_month() -> None:
    rng = random.Random(31)
    fleet = [(f"EB{n:03d}", rng.choice([350.0, 420.0, 525.0])) for n in range(120)]
    nights = [[BusReturn(bus_id, round(rng.choice([480, 540, 600]) + rng.uniform(0, 90), 1),
                         round(rng.choice([960, 1020]) + rng.uniform(0, 60), 1), round(capacity * rng.uniform(0.1, 0.5), 1),
                         capacity) for bus_id, capacity in fleet] for _ in range(30)]
    assert_same(plan_season, reference, nights, 20, 150.0)
