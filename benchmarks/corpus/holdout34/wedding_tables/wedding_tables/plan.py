"""Table plans: which guests sit at which table, and the checks a plan must pass."""

from __future__ import annotations

from typing import Mapping, Sequence

TablePlan = dict[str, list[str]]


def read_plan(text: str) -> tuple[TablePlan, dict[str, int]]:
    """Parse the planner's export: "Table name (seats): guest, guest, ..." per line.

    Returns the plan (tables in file order, guests in seat order) and each table's seats.
    """
    plan: TablePlan = {}
    seats: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        head, _, guests = line.partition(":")
        name, _, size = head.rpartition("(")
        if not name or not size.endswith(")"):
            raise ValueError(f"line {number}: expected 'Table (seats): guests'")
        table = name.strip()
        if table in plan:
            raise ValueError(f"line {number}: table {table!r} listed twice")
        seats[table] = int(size[:-1])
        plan[table] = [guest.strip() for guest in guests.split(",") if guest.strip()]
    return plan, seats


def find_table(plan: Mapping[str, Sequence[str]], guest: str) -> str | None:
    """The first table (in plan order) at which the guest is seated, or None."""
    for table, guests in plan.items():
        if guest in guests:
            return table
    return None


def check_plan(plan: Mapping[str, Sequence[str]], capacities: Mapping[str, int],
               together: Sequence[Sequence[str]] = ()) -> str | None:
    """The first problem with a plan, or None: a table with more guests than seats, or a
    party (couple, family) seated at more than one table."""
    for table, guests in plan.items():
        if len(guests) > capacities[table]:
            return f"{table} is over capacity"
    for party in together:
        tables = {find_table(plan, guest) for guest in party} - {None}
        if len(tables) > 1:
            return f"separates {' & '.join(party)}"
    return None
