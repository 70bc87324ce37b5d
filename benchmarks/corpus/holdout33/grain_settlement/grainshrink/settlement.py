"""Pricing scale tickets against the discount schedules."""

from __future__ import annotations

from typing import Mapping, Sequence

from .schedule import FACTORS, Band
from .tickets import ScaleTicket, SettlementLine

BUSHEL_LB = {"corn": 56, "soybeans": 60, "wheat": 60, "sorghum": 56, "barley": 48, "oats": 32}


def settle_tickets(tickets: Sequence[ScaleTicket], schedules: Mapping[str, Mapping[str, Sequence[Band]]],
                   prices: Mapping[str, float]) -> list[SettlementLine]:
    """Settlement lines, in ticket order.

    Gross bushels are the net weight over the crop's bushel weight. For each quality factor
    the first band of the crop's schedule containing the reading applies: the shrinks add up
    and are taken off the bushels, the discounts add up and come off the crop's price per
    bushel. Bushels and amounts are rounded to the cent. Raises ``KeyError`` for a crop without
    bushel weight, schedule or price, and ``ValueError`` for a reading outside every band.
    """
    lines = []
    for ticket in tickets:
        crop = ticket.crop.strip().lower()
        bushels = (ticket.gross_lb - ticket.tare_lb) / BUSHEL_LB[crop]
        schedule = schedules[crop]
        shrink_pct = 0.0
        discount = 0.0
        for factor in FACTORS:
            reading = getattr(ticket, factor)
            for band in schedule[factor]:
                if band.low <= reading < band.high:
                    shrink_pct += band.shrink_pct
                    discount += band.discount
                    break
            else:
                raise ValueError(f"ticket {ticket.number}: {factor} {reading} is outside the {crop} schedule")
        net_bushels = round(bushels * (1 - shrink_pct / 100), 2)
        price = prices[crop] - discount
        lines.append(SettlementLine(ticket.number, ticket.grower, crop, round(bushels, 2), round(shrink_pct, 2),
                                    net_bushels, round(discount, 4), round(net_bushels * price, 2)))
    return lines


def grower_statements(lines: Sequence[SettlementLine]) -> dict[str, dict[str, float]]:
    """Per grower: loads, net bushels per crop and the amount due, growers in name order."""
    statements: dict[str, dict[str, float]] = {}
    for line in lines:
        entry = statements.setdefault(line.grower, {"loads": 0, "amount": 0.0})
        entry["loads"] += 1
        entry[line.crop] = round(entry.get(line.crop, 0.0) + line.net_bushels, 2)
        entry["amount"] = round(entry["amount"] + line.amount, 2)
    return dict(sorted(statements.items()))
