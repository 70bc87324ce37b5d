"""Turn balances into a short list of transfers."""

from __future__ import annotations

from typing import Mapping, Sequence

from tripsplit.ledger import net_balances


def settle_up(expenses: Sequence[Mapping]) -> list[tuple[str, str, int]]:
    """Transfers (from, to, cents) that bring everybody's balance to zero.

    Repeatedly the person owed the most is paid by the person who owes the most (ties
    broken by name), as much as settles one of them. People already even take part in
    no transfer.
    """
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
