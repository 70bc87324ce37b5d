"""Flow metrics for a kanban board from its status-change history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Collection, Iterable

ACTIVE_STATUSES = ("In Progress", "Review")


@dataclass(frozen=True)
class Transition:
    """A ticket moved into `status` on day `on`."""

    ticket: str
    status: str
    on: date


def status_history(transitions: Iterable[Transition]) -> dict[str, list[tuple[date, str]]]:
    """Per ticket, its (day, status) changes sorted by day; same-day changes keep their order."""
    history: dict[str, list[tuple[date, str]]] = {}
    for move in transitions:
        history.setdefault(move.ticket, []).append((move.on, move.status))
    for changes in history.values():
        changes.sort(key=lambda change: change[0])
    return history


def status_on(changes: list[tuple[date, str]], day: date) -> str | None:
    """A ticket's status at the end of `day` (None before its first change)."""
    status = None
    for on, new_status in changes:
        if on <= day:
            status = new_status
        else:
            break
    return status


def daily_wip(
    transitions: Iterable[Transition],
    start: date,
    end: date,
    active: Collection[str | None] = ACTIVE_STATUSES,
) -> list[tuple[date, int]]:
    """(day, number of tickets in an active status at the end of that day) for start..end inclusive."""
    history = status_history(transitions)
    result: list[tuple[date, int]] = []
    day = start
    while day <= end:
        count = 0
        for changes in history.values():
            if status_on(changes, day) in active:
                count += 1
        result.append((day, count))
        day += timedelta(days=1)
    return result


def average_wip(series: list[tuple[date, int]]) -> float:
    """Mean of a daily WIP series (0.0 for an empty one)."""
    return sum(count for _, count in series) / len(series) if series else 0.0
