"""Monthly invoices per vessel owner."""

from __future__ import annotations

from typing import Sequence


def owner_invoices(lines: Sequence[dict]) -> dict[str, dict]:
    """Per owner (sorted): the number of landings and total dues in pence; unregistered lines
    are left for the harbour master."""
    invoices: dict[str, dict] = {}
    for line in lines:
        if line["owner"] is None:
            continue
        invoice = invoices.setdefault(line["owner"], {"landings": 0, "dues": 0})
        invoice["landings"] += 1
        invoice["dues"] += line["dues"]
    return dict(sorted(invoices.items()))


def unregistered(lines: Sequence[dict]) -> list[str]:
    """Distinct port letters and numbers that landed without a register entry, first-seen order."""
    seen: list[str] = []
    for line in lines:
        if line["problem"] == "unregistered" and line["pln"] not in seen:
            seen.append(line["pln"])
    return seen
