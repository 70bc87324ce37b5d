"""Per-lift figures for the contract review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping, Sequence

from lift_faults.faultlog import STAMP


@dataclass(frozen=True)
class LiftFigures:
    """Calls, repeat call-outs, trapped-passenger calls and the mean time between failures in
    days over the review period (None for a lift with no calls)."""

    lift: str
    calls: int
    repeats: int
    entrapments: int
    mtbf_days: float | None


def lift_figures(events: Sequence[Mapping[str, str]], repeats: Sequence[tuple[int, int, float]],
                 period_start: str, period_end: str, lifts: Sequence[str] = ()) -> list[LiftFigures]:
    """Figures for every lift that had a call, plus any extra ``lifts`` on the contract, worst
    (most calls) first, then by lift id."""
    days = (datetime.strptime(period_end, STAMP) - datetime.strptime(period_start, STAMP)).total_seconds() / 86400
    calls: dict[str, int] = {lift: 0 for lift in lifts}
    trapped: dict[str, int] = {}
    repeat_count: dict[str, int] = {}
    for event in events:
        calls[event["lift"]] = calls.get(event["lift"], 0) + 1
        if event["code"] == "TRAP":
            trapped[event["lift"]] = trapped.get(event["lift"], 0) + 1
    for index, _, _ in repeats:
        lift = events[index]["lift"]
        repeat_count[lift] = repeat_count.get(lift, 0) + 1
    figures = [LiftFigures(lift, count, repeat_count.get(lift, 0), trapped.get(lift, 0),
                           round(days / count, 1) if count else None) for lift, count in calls.items()]
    return sorted(figures, key=lambda item: (-item.calls, item.lift))
