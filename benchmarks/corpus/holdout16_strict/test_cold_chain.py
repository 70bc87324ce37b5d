"""Strict equivalence tests for shipment_profile (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from strict_support import assert_same
from reefer.profile import shipment_profile

TARGET = "reefer/profile.py:shipment_profile"

GAS_CONSTANT = 8.3144598
DEFAULT_DELTA_H = 83.144


def mean_kinetic_temperature(temps_c, delta_h=DEFAULT_DELTA_H):
    if not temps_c:
        raise ValueError("no temperature readings")
    ratio = delta_h * 1000 / GAS_CONSTANT
    total = 0.0
    for temp in temps_c:
        total += math.exp(-ratio / (temp + 273.15))
    return ratio / -math.log(total / len(temps_c)) - 273.15


def reference(readings, low=2.0, high=8.0, mkt_limit=8.0, delta_h=DEFAULT_DELTA_H):
    if low > high:
        raise ValueError("low limit above high limit")
    temps = []
    points = []
    excursions = []
    open_excursion = None
    mkt = None
    for timestamp, temp in readings:
        if temp is None:
            points.append((timestamp, None, None if mkt is None else round(mkt, 2), "GAP"))
            continue
        temps.append(temp)
        mkt = mean_kinetic_temperature(temps, delta_h)
        status = "LOW" if temp < low else "HIGH" if temp > high else "OK"
        if status == "OK":
            if open_excursion is not None:
                excursions.append(tuple(open_excursion))
                open_excursion = None
        elif open_excursion is not None and open_excursion[2] == status:
            open_excursion[1] = timestamp
            open_excursion[3] += 1
        else:
            if open_excursion is not None:
                excursions.append(tuple(open_excursion))
            open_excursion = [timestamp, timestamp, status, 1]
        points.append((timestamp, temp, round(mkt, 2), status))
    if open_excursion is not None:
        excursions.append(tuple(open_excursion))
    if mkt is None:
        verdict = "NO DATA"
    elif mkt > mkt_limit or any(kind == "HIGH" and count >= 3 for _, _, kind, count in excursions):
        verdict = "QUARANTINE"
    else:
        verdict = "RELEASE"
    return {"points": points, "excursions": excursions, "final_mkt": mkt, "verdict": verdict}


def r(*temps):
    return [(f"t{index}", temp) for index, temp in enumerate(temps)]


CASES = [
    ([],),
    ([], 8.0, 2.0),
    ([], 5.0, 5.0),
    (r(None),),
    (r(None, None),),
    (r(5.0),),
    (r(5),),
    (r(5, 6, 7),),
    (r(5.0, None, 6.0),),
    (r(None, 5.0),),
    (r(2.0, 8.0),),
    (r(1.9999, 8.0001),),
    (r(2, 8, 2, 8),),
    (r(9.0, 9.0, 9.0),),
    (r(9.0, 9.0),),
    (r(9.0, 9.0, None, 9.0),),
    (r(9.0, 1.0, 9.0, 9.0, 9.0),),
    (r(1.0, 1.0, 1.0, 1.0),),
    (r(9.0, 9.0, 9.0, 5.0),),
    (r(5.0, 9.0, 5.0, 9.0, 5.0, 9.0),),
    (r(1.0, 9.0),),
    (r(9.0, 1.0),),
    (r(-20.0, -18.5, -19.0), -25.0, -15.0, -15.0),
    (r(-20.0, -18.5, -19.0),),
    (r(0.0, -0.0, 0.0),),
    (r(25.0, 30.0, 40.0),),
    (r(5.0, 6.0), 2.0, 8.0, 5.5),
    (r(5.0, 6.0), 2.0, 8.0, 5.0),
    (r(5.0, 5.0), 2.0, 8.0, 5.0),
    (r(5.0, 6.0, 7.0), 6.0, 6.0),
    (r(5.0, 6.0, 7.0), 6.0, 6.0, 100.0),
    (r(5.0, 6.0), 8.0, 2.0),
    (r(5.0, 6.0), 2, 8, 8),
    (r(5.0, 6.0), 2.0, 8.0, 8.0, 120.0),
    (r(5.0, 6.0), 2.0, 8.0, 8.0, 1.0),
    (r(5.0, 6.0), 2.0, 8.0, 8.0, 0.0),
    (r(5.0, 6.0), 2.0, 8.0, 8.0, -83.144),
    (r(-273.15),),
    (r(5.0, -273.15),),
    (r(-260.0),),
    (r(5.0, -260.0),),
    (r(-260.0, 5.0),),
    (r(-200.0, 5.0),),
    (r(float("inf")),),
    (r(5.0, float("inf"), 5.0),),
    (r(float("-inf")),),
    (r(True, False),),
    (r(5.0, "6.0"),),
    (r("6.0"),),
    (r(None, "x"),),
    ([("a", 5.0, "extra")],),
    ([("a",)],),
    ([["a", 5.0], ["b", 9.0]],),
    ([("a", 5.0), ("a", 9.0), ("a", 9.0), ("a", 9.0)],),
    ([(None, 9.0), (1, 9.0), (2.5, 9.0)],),
    ([("2024-06-01T00:00 ", 4.0), ("2024-06-01T00:10\n", 12.0), ("ünïcødé", 12.5)],),
    ((("a", 5.0), ("b", 9.0)),),
    ([("t", 4.123456), ("u", 4.125), ("v", 4.135)],),
    ([("t", 1e-300), ("u", -1e-300)],),
    (r(*([4.0] * 30 + [9.0] * 2 + [4.0] * 5 + [12.0] * 3)),),
    (r(5.0, 6.0), None),
    (r(5.0, 6.0), 2.0, None),
    (r(5.0, 6.0), 2.0, 8.0, None),
    (r(), None, 1.0),
    (r(None), 2.0, 8.0, 8.0, None),
    ([], 2.0, 8.0, 8.0, "x"),
    (r(5.0), 2.0, 8.0, 8.0, "x"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(shipment_profile, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(shipment_profile, reference, r(3.0, 9.0, 9.5, 1.0), high=9.0, mkt_limit=4.0, delta_h=60.0)


def _random_cases():
    rng = random.Random(1079)
    for index in range(130):
        temp = rng.uniform(2.0, 8.0)
        readings = []
        for step in range(rng.randint(0, 40)):
            if rng.random() < 0.08:
                readings.append((f"s{step}", None))
                continue
            temp += rng.gauss(0, 1.5)
            value = round(temp, rng.choice([0, 1, 2, 6])) if rng.random() < 0.9 else int(temp)
            readings.append((f"s{step}", value))
        low = rng.choice([2.0, 2, 0.0, 4.5])
        high = rng.choice([8.0, 8, 6.0, 25.0])
        extra = [low, high, rng.choice([8.0, 5.0, 30.0])]
        if index % 3 == 0:
            extra.append(rng.choice([83.144, 60.0, 100.0]))
        yield (readings, *extra) if index % 4 else (readings,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(shipment_profile, reference, *case)


def test_long_trace() -> None:
    rng = random.Random(4)
    temp = 5.0
    readings = []
    for step in range(1500):
        temp += rng.gauss(0, 0.3) + (5.0 - temp) * 0.05
        readings.append((f"s{step}", None if rng.random() < 0.01 else round(temp, 1)))
    assert_same(shipment_profile, reference, readings)
