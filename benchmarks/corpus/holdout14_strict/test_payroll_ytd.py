"""Strict equivalence tests for pay_statements (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from paystub.ytd import pay_statements
from strict_support import assert_same

TARGET = "paystub/ytd.py:pay_statements"


def tax_on(taxable_cents, brackets):
    tax = 0
    lower = 0
    for upper, rate in brackets:
        if taxable_cents <= lower:
            break
        top = taxable_cents if upper is None else min(taxable_cents, upper)
        tax += (top - lower) * rate // 100
        if upper is None:
            break
        lower = upper
    return tax


def reference(payslips, allowance_cents, brackets, pension_percent=5):
    statements = []
    for index, slip in enumerate(payslips):
        history = [earlier for earlier in payslips[: index + 1] if earlier["employee"] == slip["employee"]]
        ytd_gross = sum(earlier["gross_cents"] for earlier in history)
        ytd_pension = sum(earlier["gross_cents"] * pension_percent // 100 for earlier in history)
        taxable = max(0, ytd_gross - ytd_pension - allowance_cents * len(history))
        ytd_tax = tax_on(taxable, brackets)
        withheld = sum(statement["tax_cents"] for statement in statements if statement["employee"] == slip["employee"])
        pension = slip["gross_cents"] * pension_percent // 100
        tax = ytd_tax - withheld
        statements.append({
            "employee": slip["employee"],
            "period": slip["period"],
            "gross_cents": slip["gross_cents"],
            "pension_cents": pension,
            "tax_cents": tax,
            "net_cents": slip["gross_cents"] - pension - tax,
            "ytd_gross_cents": ytd_gross,
            "ytd_tax_cents": ytd_tax,
        })
    return statements


def S(employee, period, gross, **extra):
    return {"employee": employee, "period": period, "gross_cents": gross, **extra}


BR = [(1_000_00, 0), (5_000_00, 20), (None, 40)]

CASES = [
    ([], 0, BR),
    ([], 0, []),
    ([S("A", 1, 0)], 0, BR),
    ([S("A", 1, 2_000_00)], 0, BR),
    ([S("A", 1, 2_000_00)], 0, []),
    ([S("A", 1, 2_000_00)], 0, [(1_000_00, 10)]),
    ([S("A", 1, 2_000_00)], 0, [(None, 10), (5_000_00, 20)]),
    ([S("A", 1, 2_000_00)], 0, [(3_000_00, 10), (1_000_00, 20), (None, 30)]),
    ([S("A", 1, 2_000_00)], 0, [(1_000_00, -10), (None, 10)]),
    ([S("A", 1, 2_000_00)], 0, BR, 0),
    ([S("A", 1, 2_000_00)], 0, BR, 100),
    ([S("A", 1, 2_000_00)], 0, BR, 150),
    ([S("A", 1, 2_000_00)], 0, BR, -5),
    ([S("A", 1, 2_000_33)], 0, BR, 7),
    ([S("A", 1, 2_000_00)], 5_000_00, BR),
    ([S("A", 1, 2_000_00)], -5_000_00, BR),
    ([S("A", p, 1_500_00 + 300_00 * p) for p in range(1, 9)], 200_00, BR),
    ([S("A", 1, 8_000_00), S("A", 2, 0)], 1_000_00, BR),
    ([S("A", 1, 8_000_00), S("A", 2, -3_000_00)], 1_000_00, BR),
    ([S("A", 1, -100)], 0, BR),
    ([S("A", 1, -101)], 0, BR, 3),
    ([S("A", 1, 3_000_00), S("B", 1, 900_00), S("A", 2, 3_000_00), S("B", 2, 9_000_00)], 0, BR),
    ([S("A", 1, 100), S("A", 1, 100), S("A", 1, 100)], 0, BR),
    ([S("A", 2, 100), S("A", 1, 100)], 0, BR),
    ([S("A", 1, 1_000_01), S("A", 2, 1_000_01), S("A", 3, 1_000_01)], 0, [(1_000_00, 0), (None, 33)]),
    ([S("A", 1, 5), S("A", 2, 5), S("A", 3, 5)], 0, [(None, 33)], 33),
    ([S("A", 1, 10**15), S("A", 2, 10**15)], 0, BR),
    ([S("A", 1, True)], 0, BR),
    ([S("A", 1, 2_000_00), S("a", 2, 2_000_00), S("Ä", 3, 2_000_00)], 0, BR),
    ([S(1, 1, 2_000_00), S(1.0, 2, 2_000_00), S(True, 3, 2_000_00)], 0, BR),
    ([S(1, 1, 2_000_00), S("1", 2, 2_000_00)], 0, BR),
    ([S(None, 1, 2_000_00), S(None, 2, 2_000_00)], 0, BR),
    ([S(("A", "dept"), 1, 2_000_00), S(("A", "dept"), 2, 2_000_00)], 0, BR),
    ([S("A", None, 2_000_00), S("A", "W02", 2_000_00)], 0, BR),
    ([S("A", 1, "2000")], 0, BR),
    ([S("A", 1, 2_000_00), S("A", 2, "2000")], 0, BR),
    ([S("A", 1, 2_000_00), S("B", 2, None)], 0, BR),
    ([S("A", 1, 2_000_00)], None, BR),
    ([S("A", 1, 2_000_00)], 0, None),
    ([S("A", 1, 2_000_00)], 0, [(None,)]),
    ([S("A", 1, 2_000_00)], 0, [(1_000_00, 10, "x")]),
    ([S("A", 1, 2_000_00)], 0, BR, None),
    ([S("A", 1, 2_000_00), {"employee": "A", "gross_cents": 10}], 0, BR),
    ([S("A", 1, 2_000_00), {"employee": "A", "period": 2}], 0, BR),
    ([S("A", 1, 2_000_00), {"period": 2, "gross_cents": 10}], 0, BR),
    ([{"period": 2, "gross_cents": 10}], 0, BR),
    ([S("A", 1, 2_000_00, dept="Ops", note="überstunden")], 0, BR),
    ((S("A", 1, 2_000_00), S("A", 2, 2_000_00)), 0, tuple(BR)),
    ([S("A", w, 700_00 if w % 4 else 9_000_00) for w in range(1, 14)], 241_73, [(12_570_00, 0), (50_270_00, 20), (None, 45)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(pay_statements, reference, *case)


def _random_cases():
    rng = random.Random(1099)
    for _ in range(140):
        staff = [f"E{n}" for n in range(rng.randint(1, 5))]
        slips = []
        for period in range(1, rng.randint(1, 10) + 1):
            for employee in staff:
                if rng.random() < 0.85:
                    slips.append(S(employee, period, rng.choice([0, rng.randint(100_00, 3_000_00), rng.randint(3_000_00, 9_000_00), -50_00])))
        limit = 0
        brackets = []
        for _ in range(rng.randint(0, 3)):
            limit += rng.randint(500_00, 3_000_00)
            brackets.append((limit, rng.choice([0, 10, 20, 33])))
        if rng.random() < 0.7:
            brackets.append((None, rng.choice([40, 45, 50])))
        yield slips, rng.choice([0, 100_00, 241_73]), brackets, rng.choice([0, 3, 5, 8])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(pay_statements, reference, *case)


def test_large_year() -> None:
    rng = random.Random(52)
    slips = [S(f"E{n:02d}", week, rng.randint(400_00, 2_500_00)) for week in range(1, 53) for n in range(40) if rng.random() < 0.95]
    assert_same(pay_statements, reference, slips, 241_73, [(12_570_00, 0), (50_270_00, 20), (125_140_00, 40), (None, 45)], 5)
