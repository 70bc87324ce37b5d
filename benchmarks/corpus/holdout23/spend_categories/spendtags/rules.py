"""Users' categorisation rules and imported transactions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Rule:
    """Transactions whose description contains ``keyword`` as a whole word go to ``category``."""

    keyword: str
    category: str
    priority: int = 0  # higher priorities are tried first


@dataclass
class Transaction:
    """One imported bank-statement line; spending is negative."""

    booked: str  # "YYYY-MM-DD"
    description: str
    amount: float


def parse_rules(text: str) -> list[Rule]:
    """Read the rule editor's export: one ``priority | keyword | category`` per line.

    Blank lines and lines starting with ``#`` are skipped.
    """
    rules = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 3 or not parts[1]:
            raise ValueError(f"line {number}: expected 'priority | keyword | category'")
        rules.append(Rule(parts[1], parts[2], int(parts[0])))
    return rules
