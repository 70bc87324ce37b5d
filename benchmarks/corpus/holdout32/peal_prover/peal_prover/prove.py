"""Ringing a touch row by row and proving it true."""

from __future__ import annotations

from dataclasses import dataclass, field

from .methods import Method
from .notation import apply_change, rounds


@dataclass
class TouchReport:
    """The outcome of ringing a touch.

    ``changes`` counts the rows rung after the opening rounds; ``false_rows`` lists every
    repeated row as (row, change where it was first rung, change where it came again), with
    the opening rounds counted as change 0.
    """

    title: str
    changes: int
    came_round: bool
    false_rows: list[tuple[str, int, int]] = field(default_factory=list)
    unused_calls: int = 0

    @property
    def true(self) -> bool:
        return self.came_round and not self.false_rows


def prove_touch(method: Method, calling: str) -> TouchReport:
    """Ring ``method`` from rounds, one calling letter per lead, and prove the touch.

    Letters are "p" (or "-") for a plain lead, "b" for a bob and "s" for a single; spaces are
    ignored. Ringing stops as soon as rounds comes up; calls left over are counted in
    ``unused_calls``. Raises ValueError for an unknown letter or a call the method lacks.
    """
    lead = list(method.lead)
    start = rounds(method.stage)
    row = start
    rows = [row]
    false_rows = []
    changes = 0
    came_round = False
    letters = [letter for letter in calling.lower() if not letter.isspace()]
    used = 0
    for letter in letters:
        if letter in "p-":
            lead_changes = lead
        elif letter in "bs":
            call = method.call_changes(letter)
            if call is None:
                raise ValueError(f"{method.title} has no {'bob' if letter == 'b' else 'single'}")
            lead_changes = lead[: len(lead) - len(call)] + list(call)
        else:
            raise ValueError(f"unknown call {letter!r}")
        used += 1
        for change in lead_changes:
            row = apply_change(row, change)
            changes += 1
            if row == start:
                came_round = True
                break
            if row in rows:
                false_rows.append((row, rows.index(row), changes))
            rows.append(row)
        if came_round:
            break
    return TouchReport(method.title, changes, came_round, false_rows, len(letters) - used)
