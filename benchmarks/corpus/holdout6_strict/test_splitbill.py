"""Strict equivalence tests for settle_up (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from tripsplit.settle import settle_up

TARGET = "tripsplit/settle.py:settle_up"


def net_balances(expenses):
    balances = {}
    for expense in expenses:
        amount = expense["amount"]
        people = expense["shared_by"]
        if not isinstance(amount, int) or amount < 0:
            raise ValueError(f"amount must be a whole number of cents, got {amount!r}")
        if not people:
            raise ValueError("an expense must be shared by someone")
        share, leftover = divmod(amount, len(people))
        balances[expense["payer"]] = balances.get(expense["payer"], 0) + amount
        for position, person in enumerate(people):
            owed = share + (1 if position < leftover else 0)
            balances[person] = balances.get(person, 0) - owed
    return balances


def reference(expenses):
    balances = net_balances(expenses)
    transfers = []
    while True:
        creditors = sorted((name for name, balance in balances.items() if balance > 0), key=lambda name: (-balances[name], name))
        debtors = sorted((name for name, balance in balances.items() if balance < 0), key=lambda name: (balances[name], name))
        if not creditors or not debtors:
            break
        creditor = creditors[0]
        debtor = debtors[0]
        amount = min(balances[creditor], -balances[debtor])
        transfers.append((debtor, creditor, amount))
        balances[creditor] -= amount
        balances[debtor] += amount
    return transfers


def _e(payer, amount, *people):
    return {"payer": payer, "amount": amount, "shared_by": list(people)}


CASES = [
    [],
    [_e("a", 0, "a", "b")],
    [_e("a", 100, "a")],
    [_e("a", 100, "b")],
    [_e("a", 100, "b", "c")],
    [_e("a", 100, "c", "b")],
    [_e("a", 101, "b", "c", "d")],
    [_e("a", 100, "b"), _e("b", 100, "a")],
    [_e("a", 300, "a", "b", "c"), _e("b", 300, "a", "b", "c"), _e("c", 300, "a", "b", "c")],
    [_e("z", 100, "y", "x"), _e("w", 100, "v", "u")],
    [_e("b", 60, "c", "d", "e"), _e("a", 60, "c", "d", "e")],
    [_e("a", 10, "b", "b", "c")],
    [_e("Ann", 50, "ann"), _e("ann", 50, "Ann"), _e("Émile", 70, "emile", "Zoë")],
    [_e(1, 90, 2, 3), _e(3, 10, 1)],
    [_e("a", True, "b")],
    [_e("a", 100, "b"), _e("a", -5, "b")],
    [_e("a", 100, "b"), _e("a", 10.0, "b")],
    [_e("a", "100", "b")],
    [_e("a", 100)],
    [_e("a", 100, "b"), {"payer": "a", "amount": 5}],
    [{"payer": "a", "amount": 30, "shared_by": ("b", "c")}],
    [{"payer": "a", "amount": 30, "shared_by": "bc"}],
]


@pytest.mark.parametrize("expenses", CASES)
def test_same_as_reference(expenses) -> None:
    assert_same(settle_up, reference, expenses)


@pytest.mark.parametrize("seed", range(20))
def test_random_trips(seed) -> None:
    rng = random.Random(seed)
    people = [f"p{n}" for n in range(rng.randint(1, 9))]
    expenses = []
    for _ in range(rng.randint(0, 15)):
        group = [rng.choice(people) for _ in range(rng.randint(1, 5))]
        expenses.append(_e(rng.choice(people), rng.choice([0, 1, 7, 100, 250, 999]), *group))
    assert_same(settle_up, reference, expenses)


def test_many_equal_balances() -> None:
    expenses = [_e(f"payer{n:02d}", 1000, f"guest{n % 7}") for n in range(40)]
    expenses += [_e("host", 35, *[f"payer{n:02d}" for n in range(40)])]
    assert_same(settle_up, reference, expenses)


def test_big_club() -> None:
    rng = random.Random(12)
    members = [f"m{n:03d}" for n in range(300)]
    expenses = []
    for _ in range(900):
        group = rng.sample(members, rng.randint(2, 8))
        expenses.append(_e(rng.choice(group), rng.randint(1, 5000), *group))
    assert_same(settle_up, reference, expenses)


def test_expenses_not_modified() -> None:
    expenses = [_e("a", 100, "b", "c")]
    settle_up(expenses)
    assert expenses == [_e("a", 100, "b", "c")]


def test_ties_broken_by_name() -> None:
    expenses = [_e("b", 100, "d"), _e("a", 100, "c"), _e("c", 0, "a")]
    assert settle_up(expenses) == reference(expenses) == [("c", "a", 100), ("d", "b", 100)]


def test_error_message_names_the_amount() -> None:
    with pytest.raises(ValueError, match="got 2.5"):
        settle_up([_e("a", 100, "b"), _e("a", 2.5, "b")])
