"""Strict equivalence tests for StatementWriter.render (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from bankledger.export import StatementWriter, Transaction
from strict_support import assert_same

TARGET = "bankledger/export.py:StatementWriter.render"


def reference(self, transactions):
    self.count = 0
    self.balance = 0
    self.text = self._record("H", self._field(self.account, 34) + self.currency)
    for tx in transactions:
        body = tx.booked.replace("-", "") + self._field(tx.reference.upper(), 35) + self._amount(tx.amount_cents)
        self.text += self._record("T", body)
        self.count += 1
        self.balance += tx.amount_cents
    self.text += self._record("Z", f"{self.count:08d}" + self._amount(self.balance))
    return self.text


def candidate(self, transactions):
    return self.render(transactions)


T = Transaction

CASES = [
    [],
    [T("2024-03-01", "rent", -95000)],
    [T("2024-03-01", "rent", 0), T("2024-03-01", "rent", 0)],
    [T("2024-03-01", "a" * 60, 1), T("2024-12-31", "", -1)],
    [T("2024-03-01", "straße müller", 1250), T("2024-03-02", "ﬁnance ǆ", -3), T("2024-03-03", "İstanbul", 7)],
    [T("2024-03-01", "日本語の参照", 10 ** 14), T("2024-03-01", "big", -(10 ** 16))],
    [T("20240301", "no dashes", 5), T("2024--03", "odd", 6)],
    [T("2024-03-01", "line\nbreak", 5), T("2024-03-01", "tab\there  ", -5)],
    [T("2024-03-01", "bool", True)],
]

BROKEN = [
    [T("2024-03-01", "ok", 5), T("2024-03-02", "ok", 6), T("2024-03-03", "bad", None)],
    [T("2024-03-01", "ok", 5), T(None, "bad", 6)],
    [T("2024-03-01", "ok", 5), T("2024-03-01", None, 6), T("2024-03-01", "ok", 7)],
    [T("2024-03-01", "float", 2.5)],
    [None],
    [T("2024-03-01", "ok", 5), "not a transaction"],
]


def _writers():
    yield StatementWriter("DE89370400440532013000")
    yield StatementWriter("ACC", width=40)
    yield StatementWriter("ACC", width=10, currency="CHF")
    yield StatementWriter("ACC", width=0)
    yield StatementWriter("ACC", width=-5)
    yield StatementWriter("ÄÖÜ-Konto " * 5, width=120, currency="")
    used = StatementWriter("USED")
    used.text, used.count, used.balance = "old text\n", 99, -12
    yield used


@pytest.mark.parametrize("writer", list(_writers()))
@pytest.mark.parametrize("transactions", CASES + BROKEN)
def test_same_as_reference(writer, transactions) -> None:
    assert_same(candidate, reference, writer, transactions)


def test_tuple_of_transactions() -> None:
    assert_same(candidate, reference, StatementWriter("ACC"), tuple(CASES[4]))


def test_bad_account() -> None:
    used = StatementWriter(None)
    used.text, used.count = "keep", 3
    assert_same(candidate, reference, used, CASES[1])
    assert_same(candidate, reference, StatementWriter("ACC", currency=None), CASES[1])
    assert_same(candidate, reference, StatementWriter("ACC", width=None), CASES[1])
    assert_same(candidate, reference, StatementWriter("ACC"), None)


@pytest.mark.parametrize("seed", range(12))
def test_random_statements(seed) -> None:
    rng = random.Random(seed)
    words = ["invoice", "refund", "PAYROLL", "rent", "fée", "über", "", "x" * 40]
    txs = [T(f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
             " ".join(rng.choice(words) for _ in range(rng.randrange(0, 4))),
             rng.randrange(-10 ** 7, 10 ** 7))
           for _ in range(rng.randrange(0, 400))]
    if seed % 3 == 0 and txs:
        txs.insert(rng.randrange(len(txs)), T("2024-01-01", "broken", "12"))
    writer = StatementWriter(f"ACC{seed}", width=rng.choice([80, 60, 100]))
    assert_same(candidate, reference, writer, txs)


def test_accepts_a_generator_once() -> None:
    writer = StatementWriter("ACC", width=30)
    text = writer.render(t for t in CASES[3])
    assert text == reference(StatementWriter("ACC", width=30), CASES[3])
    assert writer.count == 2
