"""The client's chart of accounts and the ledger built from it."""

from __future__ import annotations

from typing import Any

TYPES = ("asset", "liability", "equity", "income", "expense")


def parse_chart(text: str) -> list[tuple[str, str, str]]:
    """Read the chart of accounts: "code,name,type" per line, type one of asset, liability,
    equity, income or expense. Raises ``ValueError`` for a malformed line, an unknown type or
    an account code listed twice."""
    chart = []
    codes = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split(",")]
        if len(fields) != 3:
            raise ValueError(f"line {number}: expected code,name,type")
        code, name, kind = fields
        if kind not in TYPES:
            raise ValueError(f"line {number}: unknown account type {kind!r}")
        if code in codes:
            raise ValueError(f"line {number}: account {code} listed twice")
        codes.add(code)
        chart.append((code, name, kind))
    return chart


def new_ledger(chart: list[tuple[str, str, str]]) -> dict[str, dict[str, Any]]:
    """An empty ledger: per account code its name, type, balance in cents (debit positive) and
    the references of the entries posted to it."""
    return {code: {"name": name, "type": kind, "balance": 0, "postings": []} for code, name, kind in chart}
