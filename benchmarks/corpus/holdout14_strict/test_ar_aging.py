"""Strict equivalence tests for aging_report (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from arledger.aging import aging_report
from arledger.models import Invoice
from strict_support import assert_same

TARGET = "arledger/aging.py:aging_report"

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")


def bucket_for(due, as_of):
    overdue = (as_of - date.fromisoformat(due)).days
    if overdue <= 0:
        return "current"
    if overdue <= 30:
        return "1-30"
    if overdue <= 60:
        return "31-60"
    if overdue <= 90:
        return "61-90"
    return "90+"


def allocate_payments(invoices, payments):
    open_amounts = {invoice.number: invoice.amount_cents for invoice in invoices}
    unallocated = {}
    for payment in payments:
        remaining = payment["amount_cents"]
        candidates = sorted(
            (invoice for invoice in invoices
             if invoice.customer == payment["customer"] and open_amounts[invoice.number] > 0),
            key=lambda invoice: (invoice.due, invoice.number),
        )
        for invoice in candidates:
            if remaining <= 0:
                break
            applied = min(remaining, open_amounts[invoice.number])
            open_amounts[invoice.number] -= applied
            remaining -= applied
        if remaining > 0:
            unallocated[payment["customer"]] = unallocated.get(payment["customer"], 0) + remaining
    return open_amounts, unallocated


def reference(invoices, payments, as_of):
    open_amounts, unallocated = allocate_payments(invoices, payments)
    rows = {}
    counted = set()
    for invoice in invoices:
        if invoice.number in counted:
            continue
        counted.add(invoice.number)
        balance = open_amounts[invoice.number]
        if balance == 0:
            continue
        row = rows.setdefault(invoice.customer, dict.fromkeys(BUCKETS, 0))
        row[bucket_for(invoice.due, as_of)] += balance
    for customer, credit in unallocated.items():
        rows.setdefault(customer, dict.fromkeys(BUCKETS, 0))["credit"] = credit
    report = {}
    for customer in sorted(rows):
        row = rows[customer]
        row.setdefault("credit", 0)
        row["total"] = sum(row[bucket] for bucket in BUCKETS) - row["credit"]
        report[customer] = row
    return report


def I(number, customer, due, amount, issued="2024-01-01"):
    return Invoice(number, customer, issued, due, amount)


def P(customer, amount, **extra):
    return {"customer": customer, "amount_cents": amount, **extra}


D = date(2024, 6, 30)
BASE = [I("I1", "C1", "2024-04-01", 300), I("I2", "C1", "2024-06-15", 200), I("I3", "C2", "2024-07-15", 100)]

CASES = [
    ([], [], D),
    (BASE, [], D),
    ([], [P("C1", 50)], D),
    ([], [P("C1", 0)], D),
    ([], [P("C1", -50)], D),
    ([], [{"amount_cents": -5}], D),
    ([], [{"amount_cents": 5}], D),
    ([], [{"customer": "C1"}], D),
    (BASE, [{"amount_cents": 5}], D),
    (BASE, [P("C1", 100)], D),
    (BASE, [P("C1", 300)], D),
    (BASE, [P("C1", 500)], D),
    (BASE, [P("C1", 501)], D),
    (BASE, [P("C1", 250), P("C1", 250), P("C1", 250)], D),
    (BASE, [P("C1", 0), P("C1", -100)], D),
    (BASE, [P("C2", 100), P("C3", 7)], D),
    (BASE, [P("c1", 100)], D),
    ([I("I1", "C1", "2024-04-01", 300), I("I1", "C1", "2024-03-01", 500)], [P("C1", 100)], D),
    ([I("I1", "C1", "2024-04-01", 300), I("I1", "C2", "2024-03-01", 500)], [P("C2", 100)], D),
    ([I("I1", "C1", "2024-04-01", 300), I("I1", "C2", "2024-03-01", 500)], [P("C1", 600)], D),
    ([I("I1", "C1", "2024-04-01", 300), I("I1", "C1", "2024-04-01", 300)], [P("C1", 200)], D),
    ([I("I2", "C1", "2024-04-01", 300), I("I1", "C1", "2024-04-01", 300)], [P("C1", 200)], D),
    ([I("I2", "C1", "2024-04-01", 300), I("I10", "C1", "2024-04-01", 300), I("I1", "C1", "2024-04-01", 300)], [P("C1", 400)], D),
    ([I("I1", "C1", "2024-04-01", 0), I("I2", "C1", "2024-05-01", 100)], [P("C1", 50)], D),
    ([I("I1", "C1", "2024-04-01", -200), I("I2", "C1", "2024-05-01", 100)], [P("C1", 50)], D),
    ([I("I1", "C1", "2024-04-01", -200)], [], D),
    ([I("I1", "C1", "2024-04-01", -200)], [P("C1", 10)], D),
    ([I("I1", "C1", d, 100) for d in ("2024-06-30", "2024-06-29", "2024-05-31", "2024-05-30", "2024-05-01", "2024-04-30", "2024-04-01", "2024-03-31")], [], D),
    ([I("I1", "C1", "2024-04-01", 300)], [P("C1", 100)], date(2024, 1, 1)),
    ([I("I1", "C1", "2024-02-29", 300)], [], date(2024, 5, 29)),
    ([I("I1", "C1", "30/04/2024", 300)], [], D),
    ([I("I1", "C1", "30/04/2024", 300)], [P("C1", 300)], D),
    ([I("I1", "C1", "2024-04-01", 300)], [], None),
    ([I("I1", "C1", "2024-04-01", 300)], [P("C1", 300)], None),
    ([I("I1", "C1", "20240401", 300)], [], D),
    ([I("I1", "C1", "2024-04-01", 300.5)], [P("C1", 100)], D),
    ([I("I1", "C1", "2024-04-01", 300)], [P("C1", 100.25)], D),
    ([I("I1", "C1", "2024-04-01", 300)], [P("C1", 400.5)], D),
    ([I("I1", "C1", "2024-04-01", 300)], [P("C1", True)], D),
    ([I("I1", "C1", "2024-04-01", 300)], [P("C1", "100")], D),
    ([I("I1", "C1", "2024-04-01", 300)], [P("C1", None)], D),
    ([I("I1", "C1", "2024-04-01", "300")], [], D),
    ([I("I1", "C1", "2024-04-01", 300)], [{"customer": "C1"}], D),
    ([I("I1", "C1", "2024-04-01", 300)], [{"amount_cents": 5}], D),
    ([I("I1", "Ärzte", "2024-04-01", 300), I("I2", "zeta", "2024-04-01", 1), I("I3", "Zeta", "2024-04-01", 1)], [P("", 5)], D),
    ([I("I1", 1, "2024-04-01", 300), I("I2", 1.0, "2024-05-01", 300)], [P(True, 400)], D),
    ([I("I1", 1, "2024-04-01", 300), I("I2", "1", "2024-05-01", 300)], [], D),
    ([I("I1", None, "2024-04-01", 300)], [P(None, 50)], D),
    ([I(1, "C1", "2024-04-01", 300), I(2, "C1", "2024-04-01", 300)], [P("C1", 400)], D),
    ([I(1, "C1", "2024-04-01", 300), I("1", "C1", "2024-04-01", 300)], [P("C1", 400)], D),
    ([I(("A", 1), "C1", "2024-04-01", 300)], [P("C1", 10)], D),
    (tuple(BASE), (P("C1", 100, ref="BACS1", memo="überweisung"),), D),
    ([I(f"N{n:03d}", f"C{n % 3}", f"2024-0{1 + n % 6}-1{n % 10}", 100 + n) for n in range(30)], [P(f"C{n % 4}", 150 * n) for n in range(12)], D),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(aging_report, reference, *case)


def _random_cases():
    rng = random.Random(60)
    for _ in range(140):
        customers = [f"C{n}" for n in range(rng.randint(1, 5))]
        invoices = []
        for number in range(rng.randint(0, 15)):
            due = date(2024, 6, 30) - timedelta(days=rng.choice([-20, 0, 1, 15, 30, 31, 45, 60, 61, 90, 91, 200]))
            invoices.append(I(f"INV{number if rng.random() > 0.05 else 0}", rng.choice(customers), due.isoformat(),
                              rng.choice([0, 100, 250, 1000, -150, rng.randint(1, 5000)])))
        payments = [P(rng.choice(customers + ["NEW"]), rng.choice([0, 50, 100, 250, 1000, -20, rng.randint(1, 6000)]))
                    for _ in range(rng.randint(0, 10))]
        yield invoices, payments, date(2024, 6, 30) + timedelta(days=rng.choice([0, 0, 10, -40]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(aging_report, reference, *case)


def test_large_ledger() -> None:
    rng = random.Random(1)
    invoices = [I(f"INV{n:05d}", f"C{rng.randrange(25)}", (D - timedelta(days=rng.randint(-30, 200))).isoformat(),
                  rng.randint(-5_000, 500_000)) for n in range(900)]
    payments = [P(f"C{rng.randrange(27)}", rng.randint(1_000, 600_000)) for _ in range(600)]
    assert_same(aging_report, reference, invoices, payments, D)
