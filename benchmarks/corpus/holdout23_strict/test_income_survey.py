"""Strict equivalence tests for lorenz_curve (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from dataclasses import dataclass

import pytest
from incomedist.households import Household
from incomedist.lorenz import lorenz_curve
from strict_support import assert_same

TARGET = "incomedist/lorenz.py:lorenz_curve"


# --- verbatim copy of the original implementation and its helpers -------------------------

def equivalised_income(household):
    if household.adults < 1:
        raise ValueError(f"household {household.household_id!r} has no adult")
    return household.income / (1 + 0.5 * (household.adults - 1) + 0.3 * household.children)


def reference(households):
    ranked = sorted(households, key=lambda household: (equivalised_income(household), household.household_id))
    total_weight = sum(household.weight for household in ranked)
    total_income = sum(household.weight * equivalised_income(household) for household in ranked)
    if total_weight <= 0 or total_income <= 0:
        raise ValueError("total weight and total income must be positive")
    points = [(0.0, 0.0)]
    for count in range(1, len(ranked) + 1):
        poorest = ranked[:count]
        population_share = sum(household.weight for household in poorest) / total_weight
        income_share = sum(household.weight * equivalised_income(household) for household in poorest) / total_income
        points.append((population_share, income_share))
    area = sum((x1 - x0) * (y1 + y0) / 2 for (x0, y0), (x1, y1) in zip(points, points[1:]))
    return points, 1 - 2 * area


# --- cases -------------------------------------------------------------------------------

def H(hid, income, adults=1, children=0, weight=1.0, region="North"):
    return Household(hid, region, income, adults, children, weight)


@dataclass
class Respondent:  # a look-alike record from the pilot survey
    household_id: object
    income: object
    adults: object
    children: object
    weight: object


Row = namedtuple("Row", "household_id region income adults children weight")

TOWN = [H("h1", 12000, 1, 0, 310.5), H("h2", 41000, 2, 2, 280.0), H("h3", 26500.5, 2, 0, 295.25),
        H("h4", 8000, 1, 1, 402.0), H("h5", 95000, 2, 1, 150.0), H("h6", -3000, 1, 0, 220.0),
        H("h7", 30000, 3, 0, 260.0), H("h8", 21000, 2, 2, 330.0)]

CASES = [
    ([],),
    ((),),
    ([H("a", 100)],),
    ([H("a", 100, weight=0)],),
    ([H("a", 0)],),
    ([H("a", -1)],),
    (TOWN,),
    (TOWN[::-1],),
    (tuple(TOWN),),
    (TOWN + TOWN,),
    (TOWN[:3],),
    ([H("a", 100), H("b", 100), H("c", 100)],),
    ([H("c", 100, weight=1), H("b", 100, weight=2), H("a", 100, weight=3)],),
    ([H("x", 100, weight=1), H("x", 100, weight=2), H("x", 200, weight=3)],),
    ([H("x", 100, weight=2), H("x", 100, weight=1), H("x", 200, weight=3)],),
    ([H("b", 150, adults=2), H("a", 100)],),
    ([H("a", 150, adults=2), H("b", 100)],),
    ([H("a", 130, children=1), H("b", 100)],),
    ([H("a", 100), H("b", 200), H("c", 300)],),
    ([H("a", 100, weight=1), H("b", 200, weight=1.0), H("c", 300, weight=True)],),
    ([H("a", 100, weight=1), H("b", 200, weight=2), H("c", 300, weight=3)],),
    ([H("a", 100, weight=0), H("b", 200, weight=0), H("c", 300, weight=1)],),
    ([H("a", 100, weight=-1), H("b", 200, weight=2)],),
    ([H("a", 100, weight=-1), H("b", 200, weight=1)],),
    ([H("a", -100), H("b", 50), H("c", 60)],),
    ([H("a", -100), H("b", 50), H("c", 50)],),
    ([H("a", -100), H("b", 100)],),
    ([H("a", 0), H("b", 0), H("c", 0)],),
    ([H("a", 0), H("b", 0), H("c", 1e-300)],),
    ([H("a", 1e200, weight=1e100), H("b", 1.0, weight=1e-100)],),
    ([H("a", 10 ** 30), H("b", 1)],),
    ([H("a", 7, weight=3), H("b", 11, weight=5), H("c", 13, weight=7)],),
    ([H("a", 1, adults=1.5), H("b", 2, adults=2.5, children=0.5)],),
    ([H("a", 1, adults=True), H("b", 2, adults=2, children=False)],),
    ([H("a", 100, adults=0)],),
    ([H("a", 100, adults=-1)],),
    ([H("a", 100, adults=None)],),
    ([H("a", 100, children=None)],),
    ([H("a", None)],),
    ([H("a", "100")],),
    ([H("a", 100, weight=None)],),
    ([H("a", 100, weight="1")],),
    ([H(1, 100), H("b", 200)],),
    ([H(1, 100), H("b", 100)],),
    ([H(2, 100), H(1, 100), H(1.5, 100), H(True, 100)],),
    ([H(None, 100), H(None, 200)],),
    ([H(None, 100), H(None, 100)],),
    ([H("ä", 100), H("a", 100), H("A", 100), H("a ", 100), H("", 100)],),
    ([Respondent("a", 100, 1, 0, 1), H("b", 300, 2, 0, 2)],),
    ([Row("a", "N", 100, 1, 0, 1), Row("b", "S", 300, 2, 0, 2)],),
    ([Respondent("a", 100, 0, 0, 1)],),
    ([None],),
    ([H("a", 100), None],),
    (None,),
    ("ab",),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(lorenz_curve, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(lorenz_curve, reference, households=TOWN)


def _random_cases():
    rng = random.Random(1905)
    for _ in range(230):
        households = []
        for number in range(rng.choice([1, 2, 3, 5, 10, 25, 50])):
            income = rng.choice([rng.randint(-500, 5000), round(rng.uniform(0, 9000), 2), 1000, 0, 2500.5])
            households.append(H(rng.choice([f"h{number}", f"h{rng.randint(0, 3)}"]), income, rng.randint(1, 4),
                                rng.randint(0, 3), rng.choice([1, 1.0, rng.randint(1, 900), round(rng.uniform(0.5, 900), 1)])))
        yield (households,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(lorenz_curve, reference, *case)


def test_regional_sample() -> None:
    rng = random.Random(44)
    households = [H(f"HH{n:05d}", round(rng.lognormvariate(10, 0.6), 2), rng.randint(1, 4), rng.randint(0, 3),
                    round(rng.uniform(100, 900), 1)) for n in range(900)]
    assert_same(lorenz_curve, reference, households)
