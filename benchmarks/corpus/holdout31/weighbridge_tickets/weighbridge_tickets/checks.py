"""Matching weighed loads to their transfer notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .notes import TransferNote
from .tickets import Ticket


@dataclass(frozen=True)
class Discrepancy:
    ticket_no: str
    note_no: str
    issue: str
    excess_tonnes: float | None = None


def check_tickets(tickets: Sequence[Ticket], notes: Sequence[TransferNote],
                  tolerance: float = 0.1) -> list[Discrepancy]:
    """Discrepancies between the weighbridge tickets and the transfer notes, in ticket order.

    - "no transfer note": no note has the ticket's note number;
    - "note reused": an earlier ticket already used the note;
    - "waste code mismatch": the load was weighed under another EWC code than the note declares;
    - "bad weights": the tare is not below the gross weight;
    - "over declared": the net weight is more than ``tolerance`` (a fraction) above the declared
      tonnage; the excess over the declared tonnage is reported to the kilogram.

    When several notes have the same number the first submitted counts. A load can have both a
    code mismatch and a weight finding.
    """
    findings = []
    used = set()
    for ticket in tickets:
        note = None
        for candidate in notes:
            if candidate.note_no == ticket.note_no:
                note = candidate
                break
        if note is None:
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "no transfer note"))
            continue
        if ticket.note_no in used:
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "note reused"))
            continue
        used.add(ticket.note_no)
        if ticket.ewc_code != note.ewc_code:
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "waste code mismatch"))
        net_tonnes = (ticket.gross_kg - ticket.tare_kg) / 1000
        if net_tonnes <= 0:
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "bad weights"))
        elif net_tonnes > note.declared_tonnes * (1 + tolerance):
            findings.append(Discrepancy(ticket.ticket_no, ticket.note_no, "over declared",
                                        round(net_tonnes - note.declared_tonnes, 3)))
    return findings
