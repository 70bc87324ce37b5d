import pytest

from tripsplit.ledger import net_balances
from tripsplit.settle import settle_up


def test_net_balances_leftover_cents() -> None:
    balances = net_balances([{"payer": "ann", "amount": 1000, "shared_by": ["ann", "bob", "cy"]}])
    assert balances == {"ann": 1000 - 334, "bob": -333, "cy": -333}


def test_simple_settlement() -> None:
    expenses = [
        {"payer": "ann", "amount": 3000, "shared_by": ["ann", "bob", "cy"]},
        {"payer": "bob", "amount": 600, "shared_by": ["ann", "bob", "cy"]},
    ]
    assert settle_up(expenses) == [("cy", "ann", 1200), ("bob", "ann", 600)]


def test_everyone_even() -> None:
    assert settle_up([{"payer": "ann", "amount": 500, "shared_by": ["ann"]}]) == []
    assert settle_up([]) == []


def test_validation() -> None:
    with pytest.raises(ValueError):
        settle_up([{"payer": "ann", "amount": 10.5, "shared_by": ["bob"]}])
    with pytest.raises(ValueError):
        settle_up([{"payer": "ann", "amount": 10, "shared_by": []}])


def test_total_transferred_matches_debts() -> None:
    expenses = [
        {"payer": "ann", "amount": 990, "shared_by": ["bob", "cy", "dee"]},
        {"payer": "dee", "amount": 120, "shared_by": ["ann", "bob"]},
    ]
    balances = net_balances(expenses)
    transfers = settle_up(expenses)
    assert sum(amount for _, _, amount in transfers) == sum(-b for b in balances.values() if b < 0)
