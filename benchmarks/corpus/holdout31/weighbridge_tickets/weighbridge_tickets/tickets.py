"""Tickets printed by the site weighbridge."""

from __future__ import annotations

from dataclasses import dataclass

from .notes import normalise_ewc


@dataclass(frozen=True)
class Ticket:
    """One weighed load: gross weight on the way in and tare on the way out, in kilograms."""

    ticket_no: str
    note_no: str
    vehicle_reg: str
    ewc_code: str
    gross_kg: int
    tare_kg: int


def parse_weighbridge_log(lines: list[str]) -> list[Ticket]:
    """Read the weighbridge's semicolon-separated log ("ticket;note;reg;ewc;gross;tare"), in
    ticket order. Lines starting with ``#`` are comments. Raises ``ValueError`` for a line with
    the wrong number of fields or weights that are not whole kilograms."""
    tickets = []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split(";")]
        if len(fields) != 6:
            raise ValueError(f"line {number}: expected 6 fields")
        tickets.append(Ticket(fields[0], fields[1].upper(), fields[2].replace(" ", "").upper(),
                              normalise_ewc(fields[3]), int(fields[4]), int(fields[5])))
    return tickets
