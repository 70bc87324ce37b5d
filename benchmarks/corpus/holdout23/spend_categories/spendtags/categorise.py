"""Assign a category to each imported transaction."""

from __future__ import annotations

import re

from spendtags.rules import Rule, Transaction

UNCATEGORISED = "Uncategorised"


def categorise(transactions: list[Transaction], rules: list[Rule]) -> dict[str, object]:
    """Category of every transaction and the summed amount per category.

    Rules are tried from the highest priority down, rules of equal priority in the order
    given. The first rule whose keyword (surrounding whitespace ignored) occurs in the
    description as a whole word, ignoring case, decides the category; transactions no rule
    matches are ``"Uncategorised"``.

    Returns ``{"labels": [...], "totals": {category: amount}}`` with the labels in input
    order and the totals sorted by category (amounts added in input order).
    """
    ordered = sorted(rules, key=lambda rule: -rule.priority)
    labels: list[str] = []
    totals: dict[str, float] = {}
    for transaction in transactions:
        label = UNCATEGORISED
        for rule in ordered:
            pattern = r"\b" + re.escape(rule.keyword.strip()) + r"\b"
            if re.search(pattern, transaction.description, flags=re.IGNORECASE):
                label = rule.category
                break
        labels.append(label)
        totals[label] = totals.get(label, 0) + transaction.amount
    return {"labels": labels, "totals": dict(sorted(totals.items()))}
