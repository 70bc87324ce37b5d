"""Figures for the quarterly permit return."""

from __future__ import annotations

from typing import Sequence

from .checks import Discrepancy
from .tickets import Ticket


def accepted_tonnage(tickets: Sequence[Ticket], findings: Sequence[Discrepancy]) -> dict[str, float]:
    """Net tonnes accepted per EWC code, codes sorted, leaving out tickets with a missing or
    reused note or bad weights (they are queried with the haulier first)."""
    held = {finding.ticket_no for finding in findings
            if finding.issue in ("no transfer note", "note reused", "bad weights")}
    totals: dict[str, int] = {}
    for ticket in tickets:
        if ticket.ticket_no not in held:
            totals[ticket.ewc_code] = totals.get(ticket.ewc_code, 0) + ticket.gross_kg - ticket.tare_kg
    return {code: kilograms / 1000 for code, kilograms in sorted(totals.items())}
