"""Strict equivalence tests for cheapest_passes (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from pass_advisor.fares import STANDARD_PASSES, Pass
from pass_advisor.planner import cheapest_passes

TARGET = "pass_advisor/planner.py:cheapest_passes"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(travel_days, passes):
    if not passes:
        raise ValueError("no passes on sale")
    for fare in passes:
        if fare.days < 1:
            raise ValueError(f"pass {fare.name!r} covers no days")
    days = sorted(set(travel_days))

    def best_from(index):
        if index == len(days):
            return 0, []
        best_cost, best_plan = None, None
        for fare in passes:
            end = days[index] + fare.days
            following = index
            while following < len(days) and days[following] < end:
                following += 1
            cost, plan = best_from(following)
            cost += fare.price_cents
            if best_cost is None or cost < best_cost:
                best_cost, best_plan = cost, [(fare.name, days[index])] + plan
        return best_cost, best_plan

    return best_from(0)


# --- cases -------------------------------------------------------------------------------

STANDARD = list(STANDARD_PASSES)
DAY_WEEK = [Pass("day", 1, 10), Pass("week", 7, 35)]
TIED = [Pass("day", 1, 10), Pass("pair", 2, 20), Pass("four", 4, 40)]
TIED_REVERSED = list(reversed(TIED))
FREEBIE = [Pass("day", 1, 10), Pass("promo", 3, 0)]
REFUND = [Pass("day", 1, 10), Pass("odd", 2, -5)]
SAME_NAME = [Pass("day", 1, 10), Pass("day", 2, 15), Pass("day", 5, 30)]
ONLY_MONTH = [Pass("30-day", 30, 18900)]
LONG = [Pass("year", 365, 150000), Pass("day", 1, 1240)]

CASES = [
    ([], STANDARD),
    ((), STANDARD),
    (set(), STANDARD),
    ([], DAY_WEEK),
    ([0], STANDARD),
    ([5], STANDARD),
    ([-3], STANDARD),
    ([5, 5, 5], STANDARD),
    (range(7), STANDARD),
    (range(30), STANDARD),
    (range(0, 40, 3), STANDARD),
    ([0, 1, 2, 3, 4, 20], DAY_WEEK),
    ([20, 4, 3, 2, 1, 0], DAY_WEEK),
    ((0, 1, 2, 3, 4, 20), tuple(DAY_WEEK)),
    ({0, 6, 7, 13}, DAY_WEEK),
    ([0, 1], TIED),
    ([0, 1, 2, 3], TIED),
    ([0, 1, 2, 3], TIED_REVERSED),
    ([0, 2, 4, 6], TIED),
    ([0, 2, 4, 6], TIED_REVERSED),
    ([1, 2, 3, 9, 10, 11], FREEBIE),
    ([1, 2, 3, 4, 5], REFUND),
    ([1, 2, 3, 4, 5, 6, 7], SAME_NAME),
    ([1, 3, 8, 9, 10, 11, 12], SAME_NAME),
    ([0, 29, 30, 59], ONLY_MONTH),
    ([0, 364, 365], LONG),
    ([-10, -9, 0, 1, 2], STANDARD),
    ([10 ** 12, 10 ** 12 + 1], STANDARD),
    ([0.5, 1.0, 1.5, 7.25], DAY_WEEK),
    ([True, False, 1, 0], DAY_WEEK),
    ([0, 1, 2], [Pass("day", 1, 10), Pass("half", 1.5, 12)]),
    ([0, 1, 2], [Pass("day", 1, 10.0), Pass("week", 7, 30)]),
    ([0, 1, 2], [Pass("day", 1, 10), Pass("week", 7, 30.0)]),
    ([0, 5], [Pass("day", True, 3)]),
    ([1, 2], []),
    ([], []),
    ([1, 2], ()),
    ([1, 2], [Pass("broken", 0, 100)]),
    ([], [Pass("day", 1, 10), Pass("broken", -1, 5)]),
    ([1], [Pass("day", 1, 10), Pass("broken", 0, 5)]),
    (None, STANDARD),
    (5, STANDARD),
    ([1, "2"], STANDARD),
    ([1, None], STANDARD),
    ([1, 2], None),
    ([1, 2], [Pass("day", None, 10)]),
    ([1, 2], [Pass("day", 1, None)]),
    ([], [Pass("day", 1, None)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(cheapest_passes, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(cheapest_passes, reference, travel_days=[0, 1, 2, 8], passes=STANDARD)
    assert_same(cheapest_passes, reference, [3, 4, 5], passes=TIED)


def _calls(days, passes):
    """How many calls the exhaustive search makes, to keep each case quick."""
    days = sorted(set(days))
    counts = {len(days): 1}
    for index in range(len(days) - 1, -1, -1):
        total = 1
        for fare in passes:
            following = index
            while following < len(days) and days[following] < days[index] + fare.days:
                following += 1
            total += counts[following]
        counts[index] = total
    return counts[0]


def _random_cases():
    rng = random.Random(30011)
    names = ["day", "3-day", "7-day", "10-day", "30-day", "flex"]
    made = 0
    while made < 240:
        passes = []
        for _ in range(rng.randint(1, 4)):
            days = rng.choice([1, 1, 2, 3, 5, 7, 10, 30])
            price = rng.choice([days * 10, days * 8, days * 7 + 5, rng.randint(0, 300)])
            passes.append(Pass(rng.choice(names), days, price))
        if rng.random() < 0.1:
            passes = tuple(passes)
        horizon = rng.choice([5, 10, 20, 40, 70])
        count = rng.randint(0, 15)
        days = [rng.randrange(horizon) - rng.choice([0, 0, 0, 10]) for _ in range(count)]
        if rng.random() < 0.2:
            days += days[: rng.randint(0, 3)]
        if _calls(days, passes) > 30000:
            continue
        made += 1
        yield (days if rng.random() < 0.8 else tuple(days), passes)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(cheapest_passes, reference, *case)


def test_month_of_commuting() -> None:
    """A realistic four-week plan of office days with a couple of weekend trips."""
    days = [day for day in range(28) if day % 7 in (0, 1, 3)] + [12, 19]
    assert_same(cheapest_passes, reference, days, STANDARD)
    assert_same(cheapest_passes, reference, days, [Pass("day", 1, 1240), Pass("7-day", 7, 3000)])
