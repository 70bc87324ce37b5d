"""Scale tickets from the elevators' truck scales and grain probes."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class ScaleTicket:
    """A delivered load: weights in pounds, moisture and foreign material in percent, test
    weight in pounds per bushel."""

    number: str
    grower: str
    crop: str
    gross_lb: int
    tare_lb: int
    moisture: float
    test_weight: float
    foreign_material: float


@dataclass(frozen=True)
class SettlementLine:
    ticket: str
    grower: str
    crop: str
    gross_bushels: float
    shrink_pct: float
    net_bushels: float
    discount: float
    amount: float


def read_tickets(text: str) -> list[ScaleTicket]:
    """Tickets from the scale-house CSV export, in ticket order."""
    tickets = []
    for row in csv.DictReader(io.StringIO(text)):
        tickets.append(ScaleTicket(row["ticket"], row["grower"], row["crop"], int(row["gross_lb"]),
                                   int(row["tare_lb"]), float(row["moisture"]), float(row["test_weight"]),
                                   float(row["fm"])))
    return tickets
