"""Strict equivalence tests for arrears_ageing (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from strict_support import assert_same
from tenancy_arrears.ageing import arrears_ageing

TARGET = "tenancy_arrears/ageing.py:arrears_ageing"


# --- verbatim copy of the original implementation ---------------------------------------------

DATE_FORMAT = "%d/%m/%Y"
BUCKETS = ("current", "31-60", "61-90", "over 90")


def _bucket(age_days):
    if age_days <= 30:
        return "current"
    if age_days <= 60:
        return "31-60"
    if age_days <= 90:
        return "61-90"
    return "over 90"


def reference(ledger, as_at):
    cutoff = datetime.strptime(as_at, DATE_FORMAT).date()
    report = {}
    for tenancy in sorted({row["tenancy"] for row in ledger}):
        rows = []
        for row in ledger:
            posted = datetime.strptime(row["date"], DATE_FORMAT).date()
            if posted > cutoff or row["tenancy"] != tenancy:
                continue
            rows.append(row)
        rows.sort(key=lambda row: (datetime.strptime(row["date"], DATE_FORMAT), row["kind"] != "charge"))
        open_charges = []
        credit = Decimal("0")
        for row in rows:
            amount = Decimal(row["amount"])
            if row["kind"] == "charge":
                if credit >= amount:
                    credit -= amount
                    continue
                amount -= credit
                credit = Decimal("0")
                open_charges.append([row["date"], amount])
            elif row["kind"] in ("payment", "credit"):
                while amount > 0 and open_charges:
                    oldest = open_charges[0]
                    if oldest[1] <= amount:
                        amount -= oldest[1]
                        open_charges.pop(0)
                    else:
                        oldest[1] -= amount
                        amount = Decimal("0")
                credit += amount
            else:
                raise ValueError(f"unknown ledger kind {row['kind']!r}")
        buckets = {name: Decimal("0") for name in BUCKETS}
        for charge_date, outstanding in open_charges:
            age = (cutoff - datetime.strptime(charge_date, DATE_FORMAT).date()).days
            buckets[_bucket(age)] += outstanding
        report[tenancy] = {
            "arrears": sum(buckets.values(), Decimal("0")),
            **buckets,
            "credit": credit,
            "oldest_unpaid": open_charges[0][0] if open_charges else None,
        }
    return report


# --- cases -------------------------------------------------------------------------------

def r(tenancy, day, kind, amount, reference="", **extra):
    return {"tenancy": tenancy, "date": day, "kind": kind, "amount": amount, "reference": reference, **extra}


BASE = [
    r("ELM-001", "01/04/2024", "charge", "100.00"),
    r("ELM-001", "08/04/2024", "charge", "100.00"),
    r("ELM-001", "09/04/2024", "payment", "150.00"),
    r("ELM-001", "15/04/2024", "charge", "100.00"),
    r("ASH-002", "01/04/2024", "charge", "90.00"),
    r("ASH-002", "01/04/2024", "payment", "120.00"),
    r("ASH-002", "08/04/2024", "charge", "90.00"),
]

AS_ATS = ["30/04/2024", "01/04/2024", "31/03/2024", "05/04/2024", "30/06/2024", "31/12/2030", "1/5/2024",
          "29/02/2024", "2024-04-30", "30/02/2024", "", " 30/04/2024", "30/04/2024 "]

CASES = [(BASE, as_at) for as_at in AS_ATS]
CASES += [
    ([], "30/04/2024"),
    ((), "30/04/2024"),
    ([], "not a date"),
    ([], None),
    (BASE, None),
    (BASE, 20240430),
    (list(reversed(BASE)), "30/04/2024"),
    (BASE + BASE, "30/04/2024"),
    (BASE + [r("CED-009", "01/05/2024", "charge", "80.00")], "30/04/2024"),
    (BASE + [r("CED-009", "01/05/2024", "refund", "80.00")], "30/04/2024"),
    (BASE + [r("CED-009", "01/04/2024", "refund", "80.00")], "30/04/2024"),
    (BASE + [r("CED-009", "2024-04-01", "charge", "80.00")], "30/04/2024"),
    (BASE + [r("CED-009", "01/04/2024", "charge", "eighty")], "30/04/2024"),
    (BASE + [r("CED-009", "01/04/2024", "charge", "eighty"), r("DAL-1", "1st April", "charge", "1")], "30/04/2024"),
    (BASE + [r("CED-009", "01/05/2024", "charge", "eighty")], "30/04/2024"),
    (BASE + [r("CED-009", "01/04/2024", "Charge", "80.00")], "30/04/2024"),
    (BASE + [r("CED-009", "01/04/2024", "charge", None)], "30/04/2024"),
    (BASE + [r("CED-009", "01/04/2024", "charge", 80)], "30/04/2024"),
    (BASE + [r("CED-009", "01/04/2024", "charge", 80.1)], "30/04/2024"),
    (BASE + [r("CED-009", "01/04/2024", "charge", Decimal("80.10"))], "30/04/2024"),
    (BASE + [r(None, "01/04/2024", "charge", "1")], "30/04/2024"),
    (BASE + [r(7, "01/04/2024", "charge", "1")], "30/04/2024"),
    ([r(7, "01/04/2024", "charge", "1"), r(3, "02/04/2024", "charge", "2")], "30/04/2024"),
    ([r(("A", 1), "01/04/2024", "charge", "1"), r(("A", 0), "02/04/2024", "charge", "2")], "30/04/2024"),
    (BASE + [{"tenancy": "X", "date": "01/04/2024", "kind": "charge"}], "30/04/2024"),
    (BASE + [{"tenancy": "X", "date": "01/05/2024", "kind": "charge"}], "30/04/2024"),
    (BASE + [{"tenancy": "X", "date": "01/04/2024", "amount": "1"}], "30/04/2024"),
    (BASE + [{"tenancy": "X", "kind": "charge", "amount": "1"}], "30/04/2024"),
    (BASE + [{"date": "01/04/2024", "kind": "charge", "amount": "1"}], "30/04/2024"),
    (BASE + [None], "30/04/2024"),
    ([r("T1", "01/04/2024", "payment", "50.00"), r("T1", "01/04/2024", "charge", "50.00")], "01/04/2024"),
    ([r("T1", "01/04/2024", "credit", "50.00"), r("T1", "01/04/2024", "payment", "25.00"),
      r("T1", "01/04/2024", "charge", "60.00"), r("T1", "01/04/2024", "charge", "30.00")], "01/04/2024"),
    ([r("T1", "1/4/2024", "charge", "50.00"), r("T1", "01/04/2024", "charge", "60.00"),
      r("T1", "01/4/2024", "payment", "70.00")], "30/04/2024"),
    ([r("T1", "01/01/2024", "charge", "10"), r("T1", "15/02/2024", "charge", "20"),
      r("T1", "20/03/2024", "charge", "30"), r("T1", "25/04/2024", "charge", "40")], "30/04/2024"),
    ([r("T1", "31/03/2024", "charge", "1"), r("T1", "30/03/2024", "charge", "2"), r("T1", "01/03/2024", "charge", "3"),
      r("T1", "31/01/2024", "charge", "4"), r("T1", "30/01/2024", "charge", "5"), r("T1", "31/12/2023", "charge", "6")],
     "30/04/2024"),
    ([r("T1", "01/04/2024", "charge", "0"), r("T1", "02/04/2024", "payment", "0")], "30/04/2024"),
    ([r("T1", "01/04/2024", "charge", "-20"), r("T1", "02/04/2024", "charge", "30")], "30/04/2024"),
    ([r("T1", "01/04/2024", "charge", "20"), r("T1", "02/04/2024", "payment", "-30"),
      r("T1", "03/04/2024", "charge", "5")], "30/04/2024"),
    ([r("T1", "01/04/2024", "payment", "100"), r("T1", "02/04/2024", "charge", "30"),
      r("T1", "03/04/2024", "charge", "30"), r("T1", "04/04/2024", "charge", "50")], "30/04/2024"),
    ([r("T1", "01/04/2024", "charge", "33.333"), r("T1", "02/04/2024", "payment", "1E1"),
      r("T1", "03/04/2024", "credit", "0.005")], "30/04/2024"),
    ([r("T1", "01/04/2024", "charge", "NaN")], "30/04/2024"),
    ([r("T1", "01/04/2024", "charge", "Infinity"), r("T1", "02/04/2024", "payment", "5")], "30/04/2024"),
    ([r("T1", "01/04/2024", "payment", "Infinity"), r("T1", "02/04/2024", "charge", "5")], "30/04/2024"),
    ([r("T1", "01/04/2024", "charge", "10", note=[1])], "30/04/2024"),
    ([r("", "01/04/2024", "charge", "10")], "30/04/2024"),
    ([r("b", "01/04/2024", "charge", "10"), r("B", "01/04/2024", "charge", "10"), r("a", "01/04/2024", "charge", "1")],
     "30/04/2024"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(arrears_ageing, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(arrears_ageing, reference, ledger=BASE, as_at="30/04/2024")
    assert_same(arrears_ageing, reference, BASE, as_at="30/06/2024")


def _random_cases():
    rng = random.Random(32021)
    start = date(2023, 11, 1)
    for number in range(220):
        tenancies = rng.sample(["ASH-001", "ASH-002", "BRK-010", "CED-003", "ELM-100"], rng.randint(1, 4))
        rows = []
        for _ in range(rng.choice([0, 1, 3, 10, 30, 60])):
            day = start + timedelta(days=rng.randint(0, 200))
            text = day.strftime("%d/%m/%Y") if rng.random() < 0.9 else f"{day.day}/{day.month}/{day.year}"
            kind = rng.choice(["charge", "charge", "payment", "payment", "credit"])
            amount = rng.choice(["100.00", "92.40", "50", "0.01", "250.5", "0", "104.75", "46.20"])
            rows.append(r(rng.choice(tenancies), text, kind, amount, rng.choice(["DD", "RENT", ""])))
        as_at = (start + timedelta(days=rng.randint(-10, 260))).strftime("%d/%m/%Y")
        yield rows, as_at


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(arrears_ageing, reference, *case)
