"""Strict equivalence tests for shrinkage_report (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from stock_shrinkage.counts import CountLine
from stock_shrinkage.report import shrinkage_report

TARGET = "stock_shrinkage/report.py:shrinkage_report"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(lines, factor=2.0, min_value=25.0):
    rows = []
    for line in lines:
        department_shrink = sum(other.shrink_value for other in lines if other.department == line.department)
        department_book = sum(other.book_value for other in lines if other.department == line.department)
        rank = 1 + sum(1 for other in lines
                       if other.department == line.department and other.shrink_value > line.shrink_value)
        rate = line.shrink_value / line.book_value if line.book_value else None
        department_rate = department_shrink / department_book if department_book else None
        flag = (rate is not None and department_rate is not None and line.shrink_value >= min_value
                and rate > factor * department_rate)
        rows.append({"store": line.store, "sku": line.sku, "department": line.department,
                     "shrink_value": line.shrink_value, "rate": rate, "department_rate": department_rate,
                     "rank": rank, "flag": flag})
    return rows


# --- cases -------------------------------------------------------------------------------

L = CountLine
NAN = float("nan")
INF = float("inf")

BASE = [
    L("ST001", "BWS1", "BWS", 100, 60, 10.0),
    L("ST001", "BWS2", "BWS", 100, 98, 10.0),
    L("ST002", "BWS1", "BWS", 100, 100, 10.0),
    L("ST001", "BAK1", "BAKERY", 50, 55, 1.0),
    L("ST003", "BWS3", "BWS", 10, 8, 10.0),
]

CASES = [
    ([],),
    ((),),
    (BASE,),
    (tuple(BASE),),
    (list(reversed(BASE)),),
    (BASE + BASE,),
    (BASE, 3.0),
    (BASE, 0.0),
    (BASE, -1.0),
    (BASE, NAN),
    (BASE, INF),
    (BASE, 2.0, 500.0),
    (BASE, 2.0, 0),
    (BASE, 2.0, -100.0),
    (BASE, 2.0, NAN),
    (BASE, 2, 25),
    (BASE, True, False),
    ([L("S", "A", "D", 10, 5, 2), L("S", "B", "D", 10, 9, 3), L("S", "C", "E", 4, 4, 1)],),
    ([L("S", "A", "D", 10, 5, 2), L("S", "B", "D", 10, 9, 3.0)],),
    ([L("S", "A", "D", 10, 5, 2)], 2.0, 1),
    ([L("S", "A", "D", 0, 2, 3.0)],),
    ([L("S", "A", "D", 0, 2, 3.0), L("S", "B", "D", 0, 0, 3.0)],),
    ([L("S", "A", "D", 5, 2, 0.0), L("S", "B", "D", 5, 0, 4.0)],),
    ([L("S", "A", "D", 5, 5, 2.0), L("S", "B", "D", 5, 5, 4.0)],),
    ([L("S", "A", "D", 5, 3, 2.0), L("S", "B", "D", 5, 3, 2.0), L("S", "C", "D", 5, 3, 2.0)],),
    ([L("S", "A", "D", 5, 3, 2.0), L("S", "B", "D", 4, 2, 2.0), L("S", "C", "D", 5, 4, 4.0)],),
    ([L("S", "A", "D", 10, 20, 3.0), L("S", "B", "D", 10, 0, 3.0)],),
    ([L("S", "A", "D", -10, 0, 3.0), L("S", "B", "D", 10, 0, 3.0)],),
    ([L("S", "A", "D", 10, 0, -3.0), L("S", "B", "D", 10, 5, 3.0)],),
    ([L("S", "A", "D", 10, 0, 1e300), L("S", "B", "D", 10, 5, 3.0), L("S", "C", "D", 10, 9, 1e300)],),
    ([L("S", "A", "D", 10, 0, 0.1), L("S", "B", "D", 10, 0, 0.2), L("S", "C", "D", 10, 0, 0.3)],),
    ([L("S", "A", "D", 3, 0, 0.1), L("S", "B", "D", 1, 0, 0.3), L("S", "C", "E", 1, 0, 0.30000000000000004)],),
    ([L("S", "A", "bws", 10, 0, 1.0), L("S", "B", "BWS", 10, 5, 1.0), L("S", "C", "BWS ", 10, 9, 1.0)],),
    ([L("S", "A", None, 10, 0, 1.0), L("S", "B", None, 10, 5, 1.0), L("S", "C", "", 10, 9, 1.0)],),
    ([L("S", "A", 1, 10, 0, 1.0), L("S", "B", 1.0, 10, 5, 1.0), L("S", "C", True, 10, 9, 1.0)],),
    ([L("S", "A", "D", 10, 0, 1.0), None],),
    ([None],),
    (None,),
    (BASE, "2"),
    (BASE, None),
    (BASE, 2.0, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(shrinkage_report, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(shrinkage_report, reference, lines=BASE, factor=1.5, min_value=10.0)
    assert_same(shrinkage_report, reference, BASE, min_value=0.0)


def _random_cases():
    rng = random.Random(32071)
    for number in range(240):
        departments = rng.sample(["BWS", "BAKERY", "MEAT", "DAIRY", "PRODUCE"], rng.randint(1, 4))
        lines = []
        for index in range(rng.choice([0, 1, 3, 10, 40, 120])):
            book = rng.choice([0, 1, 10, 24, 100, 240])
            counted = max(0, book - rng.choice([-3, 0, 0, 1, 2, 5, 20, 40]))
            cost = rng.choice([round(rng.uniform(0.3, 30.0), 2), float(rng.randint(1, 9)), 1.99, 0.0])
            lines.append(L(rng.choice(["ST001", "ST002", "ST003"]), f"SKU{rng.randint(0, 50)}",
                           rng.choice(departments), book, counted, cost))
        args = [lines]
        if rng.random() < 0.5:
            args += [rng.choice([1.0, 1.5, 2.0, 3.0]), rng.choice([0.0, 10.0, 25.0, 100.0])]
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(shrinkage_report, reference, *case)
