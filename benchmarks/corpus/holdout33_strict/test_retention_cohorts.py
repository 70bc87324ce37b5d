"""Strict equivalence tests for retention_table (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from strict_support import assert_same
from cohortgrid.cohorts import retention_table

TARGET = "cohortgrid/cohorts.py:retention_table"


# --- verbatim copy of the original implementation ---------------------------------------------

TIMESTAMP = "%Y-%m-%d %H:%M:%S"


def add_months(month, offset):
    index = month[0] * 12 + (month[1] - 1) + offset
    return index // 12, index % 12 + 1


def reference(charges, horizon=12):
    first_month = {}
    for charge in charges:
        if charge["status"] != "paid":
            continue
        when = datetime.strptime(charge["charged_at"], TIMESTAMP)
        month = (when.year, when.month)
        customer = charge["customer"]
        if customer not in first_month or month < first_month[customer]:
            first_month[customer] = month

    table = {}
    for cohort in sorted(set(first_month.values())):
        members = {customer for customer, month in first_month.items() if month == cohort}
        active = []
        for offset in range(horizon):
            target = add_months(cohort, offset)
            seen = set()
            for charge in charges:
                if charge["status"] != "paid" or charge["customer"] not in members:
                    continue
                when = datetime.strptime(charge["charged_at"], TIMESTAMP)
                if (when.year, when.month) == target:
                    seen.add(charge["customer"])
            active.append(len(seen))
        table[f"{cohort[0]:04d}-{cohort[1]:02d}"] = {"size": len(members), "active": active}
    return table


# --- cases -------------------------------------------------------------------------------


def ch(customer, charged_at, status="paid", **extra):
    return {"customer": customer, "charged_at": charged_at, "status": status, **extra}


BASIC = [
    ch("ann", "2024-01-03 09:00:00"), ch("bob", "2024-01-20 18:30:00"), ch("ann", "2024-02-03 09:00:00"),
    ch("cat", "2024-02-11 07:15:00"), ch("bob", "2024-02-20 18:30:00", "failed"),
    ch("ann", "2024-03-03 09:00:00"), ch("cat", "2024-03-11 07:15:00"), ch("bob", "2024-03-21 08:00:00"),
]

CASES = [
    ([],),
    ([], 0),
    ([], -3),
    ([], "twelve"),
    ((),),
    (BASIC,),
    (BASIC, 0),
    (BASIC, 1),
    (BASIC, 3),
    (BASIC, -1),
    (BASIC, 40),
    (list(reversed(BASIC)), 4),
    (tuple(BASIC), 2),
    (BASIC, 2.0),
    (BASIC, None),
    (BASIC, True),
    ([ch("x", "2024-01-03 09:00:00", "failed")], 3),
    ([ch("x", "2024-01-03 09:00:00", "PAID")], 3),
    ([ch("x", "2024-01-03 09:00:00", " paid")], 3),
    ([ch("x", "not a date", "refunded")], 3),
    ([ch("x", None, "pending")], 3),
    ([ch("x", "2024-01-03 09:00:00")] * 3, 2),
    ([ch("x", "2024-03-03 09:00:00"), ch("x", "2024-01-03 09:00:00"), ch("x", "2024-02-03 09:00:00")], 3),
    ([ch("x", "2023-12-31 23:59:59"), ch("x", "2024-01-01 00:00:00")], 2),
    ([ch("x", "2024-11-30 12:00:00"), ch("x", "2025-02-01 12:00:00"), ch("y", "2024-12-01 00:00:00")], 5),
    ([ch("x", "2024-1-3 9:0:0"), ch("x", "2024-02-03 09:00:00")], 2),
    ([ch("x", "2024-01-03 09:00:00.250")], 2),
    ([ch("x", "2024-01-03T09:00:00")], 2),
    ([ch("x", " 2024-01-03 09:00:00")], 2),
    ([ch("x", "2024-01-03  09:00:00")], 2),
    ([ch("x", "2023-02-29 09:00:00")], 2),
    ([ch("x", "2024-02-29 09:00:00"), ch("x", "2024-03-29 09:00:00")], 2),
    ([ch("x", "0999-06-01 00:00:00"), ch("x", "0999-07-01 00:00:00")], 2),
    ([ch("x", "9999-12-31 23:59:59")], 3),
    ([ch("x", "2024-01-03 09:00:00"), ch("y", "bad")], 2),
    ([ch("x", "2024-01-03 09:00:00"), ch("y", "bad", "failed")], 2),
    ([ch("x", 20240103)], 2),
    ([ch("x", b"2024-01-03 09:00:00")], 2),
    ([ch(None, "2024-01-03 09:00:00"), ch(None, "2024-02-03 09:00:00")], 2),
    ([ch(1, "2024-01-03 09:00:00"), ch(1.0, "2024-02-03 09:00:00"), ch(True, "2024-02-04 09:00:00")], 2),
    ([ch(("a", 1), "2024-01-03 09:00:00")], 2),
    ([ch(["a"], "2024-01-03 09:00:00")], 2),
    ([ch("", "2024-01-03 09:00:00"), ch("", "2024-01-04 09:00:00")], 1),
    ([ch("x", "2024-01-03 09:00:00", amount=39.0, charge_id="ch_1")], 1),
    ([{"customer": "x", "charged_at": "2024-01-03 09:00:00"}],),
    ([{"status": "failed"}],),
    ([{"status": "paid", "charged_at": "2024-01-03 09:00:00"}],),
    ([{"status": "paid", "customer": "x"}],),
    ([ch("x", "2024-01-03 09:00:00"), None],),
    (None,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(retention_table, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(retention_table, reference, charges=BASIC, horizon=2)
    assert_same(retention_table, reference, BASIC, horizon=5)


def _random_cases():
    rng = random.Random(33031)
    for _ in range(230):
        customers = [f"cus_{n}" for n in range(rng.choice([1, 3, 8, 20]))]
        charges = []
        for _ in range(rng.choice([0, 1, 4, 15, 60])):
            year = rng.choice([2023, 2024, 2024, 2025])
            month = rng.randint(1, 12)
            stamp = f"{year}-{month:02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
            if rng.random() < 0.03:
                stamp = rng.choice(["2024-13-01 00:00:00", "2024-06-01", f"{year}-{month}-1 0:0:0"])
            status = rng.choice(["paid"] * 6 + ["failed", "refunded", "pending", "Paid"])
            charges.append(ch(rng.choice(customers), stamp, status))
        args = [charges]
        if rng.random() < 0.8:
            args.append(rng.choice([0, 1, 2, 6, 12, 18, 30]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(retention_table, reference, *case)
