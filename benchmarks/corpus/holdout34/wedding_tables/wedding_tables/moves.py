"""Replaying the planner's drag-and-drop moves on a table plan."""

from __future__ import annotations

import copy
from typing import Mapping, Sequence

from .plan import TablePlan, check_plan, find_table


def apply_moves(plan: Mapping[str, list[str]], moves: Sequence[tuple[str, str]],
                capacities: Mapping[str, int],
                together: Sequence[Sequence[str]] = ()) -> tuple[TablePlan, list[tuple[int, str, str]]]:
    """Apply (guest, destination table) moves in order and return the resulting plan with the
    rejected moves as (move number, guest, reason).

    Dragging a guest moves their whole party (the first party in ``together`` that includes
    them): each seated member leaves their table and takes the next seat at the destination,
    in party order. A move is rejected when the guest is not seated, the table does not
    exist, or the plan it would produce fails ``check_plan`` (over capacity, or a party split
    up); a rejected move leaves the plan as it was. The input plan is not changed.
    """
    current = copy.deepcopy(dict(plan))
    rejected = []
    for number, (guest, table) in enumerate(moves):
        trial = copy.deepcopy(current)
        source = find_table(trial, guest)
        if source is None:
            rejected.append((number, guest, "not seated"))
            continue
        if table not in trial:
            rejected.append((number, guest, f"no table {table!r}"))
            continue
        party = next((party for party in together if guest in party), (guest,))
        for member in party:
            seat = find_table(trial, member)
            if seat is not None:
                trial[seat].remove(member)
                trial[table].append(member)
        problem = check_plan(trial, capacities, together)
        if problem is not None:
            rejected.append((number, guest, problem))
            continue
        current = trial
    return current, rejected
