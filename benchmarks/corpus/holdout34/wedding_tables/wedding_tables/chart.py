"""The printed seating chart and place cards."""

from __future__ import annotations

from typing import Mapping, Sequence


def seating_chart(plan: Mapping[str, Sequence[str]]) -> str:
    """The easel chart: tables in plan order, guests alphabetically by surname."""
    blocks = []
    for table, guests in plan.items():
        names = sorted(guests, key=lambda guest: (guest.split()[-1].lower(), guest.lower()))
        blocks.append("\n".join([table.upper()] + [f"  {name}" for name in names]))
    return "\n\n".join(blocks)


def place_cards(plan: Mapping[str, Sequence[str]]) -> list[tuple[str, str, int]]:
    """(guest, table, seat number) for the place-card printer, in seat order."""
    return [(guest, table, seat) for table, guests in plan.items() for seat, guest in enumerate(guests, start=1)]


def empty_seats(plan: Mapping[str, Sequence[str]], capacities: Mapping[str, int]) -> dict[str, int]:
    """Free seats per table (tables with none left are omitted)."""
    return {table: capacities[table] - len(guests) for table, guests in plan.items()
            if capacities[table] > len(guests)}
