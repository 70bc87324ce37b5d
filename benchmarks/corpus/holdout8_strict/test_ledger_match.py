"""Strict equivalence tests for reconcile (never shown to wattlens)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from bankrec.matching import Reconciliation, Txn, reconcile
from strict_support import assert_same

TARGET = "bankrec/matching.py:reconcile"

D = dt.date


def reference(statement, ledger, window_days=3):
    if window_days < 0:
        raise ValueError("window_days cannot be negative")
    open_entries = list(ledger)
    matched = []
    unmatched_statement = []
    for line in statement:
        for entry in open_entries:
            if entry.cents == line.cents and abs((entry.date - line.date).days) <= window_days:
                matched.append((line.id, entry.id))
                open_entries.remove(entry)
                break
        else:
            unmatched_statement.append(line.id)
    return Reconciliation(matched, unmatched_statement, [entry.id for entry in open_entries])


def t(id_, day, cents, month=1):
    return Txn(id_, D(2024, month, day), cents)


CASES = [
    ([], []),
    ([], [t("l1", 1, 100)]),
    ([t("b1", 1, 100)], []),
    ([t("b1", 1, 100)], [t("l1", 1, 100)]),
    ([t("b1", 1, 100)], [t("l1", 1, 101)]),
    ([t("b1", 1, 100)], [t("l1", 4, 100)]),
    ([t("b1", 1, 100)], [t("l1", 5, 100)]),
    ([t("b1", 5, 100)], [t("l1", 2, 100)]),
    ([t("b1", 5, 100)], [t("l1", 1, 100)]),
    ([t("b1", 5, 100)], [t("l1", 1, 100), t("l2", 9, 100), t("l3", 5, 100)]),
    ([t("b1", 1, 100), t("b2", 1, 100)], [t("l1", 1, 100)]),
    ([t("b1", 1, 100)], [t("l1", 1, 100), t("l1", 1, 100)]),
    ([t("b1", 1, 100), t("b1", 1, 100)], [t("l1", 1, 100), t("l1", 1, 100), t("l1", 1, 100)]),
    ([t("b1", 3, 100), t("b2", 1, 100)], [t("l1", 4, 100), t("l2", 2, 100)]),
    ([t("b1", 1, -100)], [t("l1", 1, 100), t("l2", 1, -100)]),
    ([t("b1", 1, 0)], [t("l1", 1, 0)]),
    ([t("b1", 31, 100)], [Txn("l1", D(2024, 2, 2), 100)]),
    ([Txn("b1", D(2023, 12, 31), 100)], [Txn("l1", D(2024, 1, 1), 100)]),
    ([t("b1", 1, 100)], [t("l1", 1, 100.0)]),
    ([t("b1", 1, Decimal("1.10"))], [t("l1", 1, 1.1), t("l2", 1, Decimal("1.1"))]),
    ([t("b1", 1, True)], [t("l1", 1, 1)]),
    ([t("b1", 1, 100)], [t("l1", 1, "100")]),
    ([t("b1", 1, 100)], [t("l1", 1, None), t("l2", 1, 100)]),
    ([Txn("b1", dt.datetime(2024, 1, 1, 23, 0), 100)], [Txn("l1", dt.datetime(2024, 1, 4, 22, 0), 100)]),
    ([Txn("b1", dt.datetime(2024, 1, 4, 23, 0), 100)], [Txn("l1", dt.datetime(2024, 1, 1, 0, 0), 100)]),
    ([Txn("b1", D(2024, 1, 1), 100)], [Txn("l1", dt.datetime(2024, 1, 1), 100)]),
    ([Txn("b1", D(2024, 1, 1), 100)], [Txn("l1", dt.datetime(2024, 1, 1), 200)]),
    ([Txn("b1", None, 100)], [t("l1", 1, 100)]),
    ([Txn("b1", None, 100)], [t("l1", 1, 200)]),
    ([Txn("Zoë ✓", D(2024, 1, 1), 5)], [Txn("ledger\n", D(2024, 1, 1), 5)]),
    ([Txn(1, D(2024, 1, 1), 5)], [Txn(("a", 2), D(2024, 1, 1), 5)]),
]
WINDOWS = [3, 0, 1, 2.5, 10]


def _random():
    rng = random.Random(31337)
    for _ in range(150):
        amounts = [rng.choice([100, 250, 999, 1000, -100]) for _ in range(4)]
        ledger = [t(f"l{n}", rng.randint(1, 20), rng.choice(amounts)) for n in range(rng.randint(0, 14))]
        statement = [t(f"b{n}", rng.randint(1, 20), rng.choice(amounts)) for n in range(rng.randint(0, 14))]
        if rng.random() < 0.3 and ledger:
            statement.append(rng.choice(ledger))
        yield (statement, ledger, rng.choice(WINDOWS))


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(reconcile, reference, *args)


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("args", CASES[:20])
def test_same_with_each_window(args, window) -> None:
    assert_same(reconcile, reference, *args, window_days=window)


@pytest.mark.parametrize("window", [-1, -0.5])
def test_negative_window(window) -> None:
    assert_same(reconcile, reference, [], [], window)
    with pytest.raises(ValueError, match="window_days cannot be negative"):
        reconcile([t("b1", 1, 1)], [t("l1", 1, 1)], window_days=window)


def test_result_shape() -> None:
    result = reconcile([t("b1", 1, 100), t("b2", 1, 7)], [t("l1", 2, 100), t("l2", 1, 8)])
    assert type(result) is Reconciliation
    assert result == (([("b1", "l1")]), ["b2"], ["l2"])
    assert type(result.matched) is list and type(result.matched[0]) is tuple


def test_iterators_accepted() -> None:
    statement = [t("b1", 1, 100), t("b2", 2, 200)]
    ledger = [t("l1", 1, 200), t("l2", 2, 100)]
    want = reference(statement, ledger)
    assert reconcile(iter(statement), (entry for entry in ledger)) == want


def test_inputs_not_mutated() -> None:
    statement = [t("b1", 1, 100)]
    ledger = [t("l1", 1, 100), t("l2", 1, 100)]
    reconcile(statement, ledger)
    assert ledger == [t("l1", 1, 100), t("l2", 1, 100)] and statement == [t("b1", 1, 100)]


def test_a_quarter() -> None:
    rng = random.Random(12)
    ledger, statement = [], []
    for number in range(700):
        day = D(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 90))
        cents = rng.choice([999, 1250, 4500]) if rng.random() < 0.3 else rng.randint(100, 5000)
        if rng.random() < 0.9:
            ledger.append(Txn(f"L{number}", day, cents))
        if rng.random() < 0.9:
            statement.append(Txn(f"B{number}", day + dt.timedelta(days=rng.choice([-1, 0, 1, 2, 4])), cents))
    rng.shuffle(ledger)
    for window in (0, 3, 5):
        assert_same(reconcile, reference, statement, ledger, window)
