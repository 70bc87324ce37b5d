"""Strict equivalence tests for simulate_season (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from soilwater.crops import Crop
from soilwater.season import Field, Weather, simulate_season
from strict_support import assert_same

TARGET = "soilwater/season.py:simulate_season"


# --- verbatim copy of the original implementation and its helpers -----------------------------

CROPS = {
    "maize": Crop("maize", (25, 40, 45, 30), 0.3, 1.2, 0.6, 0.55),
    "potato": Crop("potato", (25, 30, 45, 30), 0.5, 1.15, 0.75, 0.35),
    "sugar beet": Crop("sugar beet", (30, 45, 60, 40), 0.35, 1.2, 0.7, 0.55),
    "onion": Crop("onion", (15, 25, 70, 40), 0.7, 1.05, 0.75, 0.3),
    "alfalfa": Crop("alfalfa", (10, 30, 25, 10), 0.4, 0.95, 0.9, 0.55),
}


def _ref_crop_coefficient(crop, day):
    initial, development, mid, late = crop.stages
    if day < 0 or day >= initial + development + mid + late:
        return 0.0
    if day < initial:
        return crop.kc_ini
    if day < initial + development:
        return crop.kc_ini + (crop.kc_mid - crop.kc_ini) * (day - initial) / development
    if day < initial + development + mid:
        return crop.kc_mid
    return crop.kc_mid + (crop.kc_end - crop.kc_mid) * (day - initial - development - mid) / late


def _ref_total_available_water(field_capacity, wilting_point, root_depth_m):
    return 1000.0 * (field_capacity - wilting_point) * root_depth_m


def reference(fields, weather):
    state = {}
    for field in fields:
        if field.crop not in CROPS:
            raise ValueError(f"{field.name}: unknown crop {field.crop!r}")
        if field.name in state:
            raise ValueError(f"duplicate field name {field.name!r}")
        state[field.name] = {"depletion": 0.0, "pending": 0.0, "events": [], "stress_days": 0, "series": []}
    for day, today in enumerate(weather):
        previous = state
        state = copy.deepcopy(previous)
        for field in fields:
            crop = CROPS[field.crop]
            total = _ref_total_available_water(field.field_capacity, field.wilting_point, field.root_depth_m)
            readily = crop.depletion_fraction * total
            effective_rain = max(0.0, today.rain - 0.2 * today.et0)
            etc = _ref_crop_coefficient(crop, day - field.planted) * today.et0
            depletion = previous[field.name]["depletion"] + etc - effective_rain - previous[field.name]["pending"]
            depletion = min(max(depletion, 0.0), total)
            current = state[field.name]
            current["pending"] = 0.0
            if etc > 0 and depletion > readily:
                applied = round(min(depletion, field.pivot_mm), 1)
                current["pending"] = applied
                current["events"].append((day, applied))
                if depletion - applied > readily:
                    current["stress_days"] += 1
            current["depletion"] = depletion
            current["series"].append(round(depletion, 1))
    return {
        name: {
            "events": values["events"],
            "total_mm": round(sum(mm for _, mm in values["events"]), 1),
            "stress_days": values["stress_days"],
            "depletion": values["series"],
        }
        for name, values in state.items()
    }


# --- cases -------------------------------------------------------------------------------

MAIZE = Field("p1", "maize", 0, 0.20, 0.10, 0.5, 8.0)
POTATO = Field("p2", "potato", 0, 0.20, 0.10, 0.3, 2.0)
ONION = Field("p3", "onion", 5, 0.30, 0.15, 0.4, 6.0)
DRY = [Weather(10.0, 0.0)] * 12
HOT = [Weather(8.0, 0.0)] * 5 + [Weather(4.0, 40.0)] + [Weather(8.0, 0.0)] * 3
SEASON = [Weather(round(3 + 4 * (d % 17) / 17, 2), [0.0, 0.0, 0.0, 12.5, 0.0, 3.0][d % 6]) for d in range(150)]
WeatherTuple = namedtuple("WeatherTuple", "et0 rain")
FieldTuple = namedtuple("FieldTuple", "name crop planted field_capacity wilting_point root_depth_m pivot_mm")

CASES = [
    ([], []),
    ((), ()),
    ([], DRY),
    ([MAIZE], []),
    ([MAIZE], ()),
    ([MAIZE], DRY),
    ([MAIZE], tuple(DRY)),
    ([POTATO], HOT),
    ([MAIZE, POTATO, ONION], HOT),
    ((MAIZE, POTATO, ONION), SEASON),
    ([ONION, MAIZE], SEASON[:40]),
    ([MAIZE], [Weather(0.0, 0.0)] * 5),
    ([MAIZE], [Weather(10, 0)] * 12),
    ([MAIZE], [Weather(10.0, -5.0)] * 4),
    ([MAIZE], [Weather(-3.0, 0.0)] * 4),
    ([MAIZE], [Weather(200.0, 0.0)] * 3),
    ([MAIZE], [Weather(1e300, 0.0)] * 2),
    ([MAIZE], [Weather(10.0, 1e300)] * 2),
    ([MAIZE], [Weather(True, False)] * 3),
    ([MAIZE], [Weather(10.0, 2.0)] * 3),
    ([MAIZE], [Weather(10.0, 2.000001)] * 3),
    ([MAIZE], [WeatherTuple(10.0, 0.0)] * 12),
    ([MAIZE], [SimpleNamespace(et0=10.0, rain=0.0)] * 12),
    ([MAIZE], [(10.0, 0.0)] * 2),
    ([MAIZE], [None]),
    ([MAIZE], [Weather(None, 0.0)]),
    ([MAIZE], [Weather(10.0, None)]),
    ([MAIZE], [Weather("10", 0.0)]),
    ([MAIZE], None),
    ([MAIZE], 5),
    ([Field("late", "maize", 200, 0.2, 0.1, 0.5, 8.0)], DRY),
    ([Field("early", "maize", -135, 0.2, 0.1, 0.5, 8.0)], DRY),
    ([Field("early", "maize", -139, 0.2, 0.1, 0.5, 8.0)], DRY),
    ([Field("float", "maize", 0.5, 0.2, 0.1, 0.5, 8.0)], DRY),
    ([Field("stage", "alfalfa", -8, 0.2, 0.1, 0.5, 8.0)], DRY * 8),
    ([Field("sb", "sugar beet", -170, 0.2, 0.1, 0.5, 8.0)], DRY),
    ([Field("zero pivot", "maize", 0, 0.2, 0.1, 0.5, 0.0)], DRY),
    ([Field("int pivot", "maize", 0, 0.2, 0.1, 0.5, 8)], DRY),
    ([Field("huge pivot", "maize", 0, 0.2, 0.1, 0.5, 1e9)], DRY),
    ([Field("none pivot", "maize", 0, 0.2, 0.1, 0.5, None)], DRY),
    ([Field("none pivot", "maize", 0, 0.2, 0.1, 0.5, None)], DRY[:9]),
    ([Field("neg pivot", "maize", 0, 0.2, 0.1, 0.5, -4.0)], DRY),
    ([Field("no soil", "maize", 0, 0.1, 0.1, 0.5, 8.0)], DRY),
    ([Field("inverted", "maize", 0, 0.1, 0.2, 0.5, 8.0)], DRY),
    ([Field("shallow", "onion", 0, 0.3, 0.1, 0.01, 8.0)], DRY),
    ([Field("ints", "maize", 0, 1, 0, 1, 8)], DRY),
    ([Field("half", "potato", 0, 0.25, 0.1, 0.3, 3.05)], HOT * 3),
    ([Field("Ωmega ÿ", "onion", 0, 0.3, 0.15, 0.4, 6.0), Field("", "maize", 0, 0.2, 0.1, 0.5, 8.0)], HOT),
    ([Field(7, "maize", 0, 0.2, 0.1, 0.5, 8.0), Field((1, 2), "onion", 0, 0.3, 0.15, 0.4, 6.0)], HOT),
    ([Field(1, "maize", 0, 0.2, 0.1, 0.5, 8.0), Field(True, "onion", 0, 0.3, 0.15, 0.4, 6.0)], HOT),
    ([Field(None, "maize", 0, 0.2, 0.1, 0.5, 8.0)], HOT),
    ([Field("x", "rice", 0, 0.2, 0.1, 0.5, 8.0)], HOT),
    ([Field("x", "Maize", 0, 0.2, 0.1, 0.5, 8.0)], HOT),
    ([Field("x", "maize ", 0, 0.2, 0.1, 0.5, 8.0)], HOT),
    ([MAIZE, MAIZE], HOT),
    ([MAIZE, Field("p1", "onion", 0, 0.3, 0.15, 0.4, 6.0)], HOT),
    ([MAIZE, Field("p1", "rice", 0, 0.3, 0.15, 0.4, 6.0)], HOT),
    ([Field("x", "rice", 0, 0.2, 0.1, 0.5, 8.0), MAIZE, MAIZE], HOT),
    ([Field("x", "rice", 0, 0.2, 0.1, 0.5, 8.0)], []),
    ([Field("x", None, 0, 0.2, 0.1, 0.5, 8.0)], []),
    ([Field("x", ["maize"], 0, 0.2, 0.1, 0.5, 8.0)], []),
    ([Field("s", "maize", "0", 0.2, 0.1, 0.5, 8.0)], DRY),
    ([Field("s", "maize", None, 0.2, 0.1, 0.5, 8.0)], DRY),
    ([Field("s", "maize", 0, None, 0.1, 0.5, 8.0)], DRY),
    ([Field("s", "maize", 0, None, 0.1, 0.5, 8.0)], []),
    ([FieldTuple("nt", "potato", 0, 0.2, 0.1, 0.3, 2.0)], HOT),
    ([SimpleNamespace(name="ns", crop="onion", planted=0, field_capacity=0.3, wilting_point=0.15, root_depth_m=0.4, pivot_mm=6.0)], HOT),
    ([None], HOT),
    (None, HOT),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(simulate_season, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(simulate_season, reference, weather=HOT, fields=[POTATO, MAIZE])
    assert_same(simulate_season, reference, [ONION], weather=SEASON[:60])


def test_result_is_fresh() -> None:
    """Results of separate calls do not share lists."""
    first = simulate_season([MAIZE], DRY)
    first["p1"]["events"].append("x")
    assert simulate_season([MAIZE], DRY) == reference([MAIZE], DRY)


def _random_cases():
    rng = random.Random(1505)
    crops = sorted(CROPS)
    for _ in range(210):
        fields = []
        for number in range(rng.choice([0, 1, 2, 3, 4, 4])):
            fc = rng.choice([0.18, 0.22, 0.30, 0.36])
            fields.append(Field(f"pivot-{number}", rng.choice(crops), rng.randint(-20, 20), fc, round(fc - rng.choice([0.08, 0.12, 0.15]), 2),
                                rng.choice([0.2, 0.4, 0.6, 1.0]), rng.choice([2.0, 4.0, 6.0, 8.0, 12.0])))
        if fields and rng.random() < 0.04:
            fields.append(fields[0])
        if rng.random() < 0.03:
            fields.append(Field("bad", "rice", 0, 0.3, 0.1, 0.5, 8.0))
        weather = [Weather(round(rng.uniform(2, 11), 2), 0.0 if rng.random() < 0.7 else round(rng.expovariate(1 / 8), 1))
                   for _ in range(rng.choice([0, 5, 30, 60, 90, 120]))]
        yield (fields, weather)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(simulate_season, reference, *case)


def test_cooperative_season() -> None:
    """Twelve pivots over a 160-day season with showers and hot spells."""
    rng = random.Random(41)
    weather = [Weather(round(3 + 4 * min(1.0, day / 90) + rng.gauss(0, 0.8), 2),
                       0.0 if rng.random() < 0.72 else round(rng.expovariate(1 / 6), 1)) for day in range(160)]
    fields = [Field(f"pivot-{n:02d}", rng.choice(sorted(CROPS)), rng.randint(0, 30), 0.30, 0.15, rng.choice([0.4, 0.6, 0.8]),
                    rng.choice([6.0, 8.0, 10.0])) for n in range(12)]
    assert_same(simulate_season, reference, fields, weather)
