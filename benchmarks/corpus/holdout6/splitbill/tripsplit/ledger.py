"""Net balances from a list of shared expenses (amounts in cents)."""

from __future__ import annotations

from typing import Mapping, Sequence


def net_balances(expenses: Sequence[Mapping]) -> dict[str, int]:
    """What each person is owed (positive) or owes (negative).

    Each expense is {"payer": name, "amount": cents, "shared_by": [names]}. The amount
    is split evenly; leftover cents go to the first people listed in shared_by.
    """
    balances: dict[str, int] = {}
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
