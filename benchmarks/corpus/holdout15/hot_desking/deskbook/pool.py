"""Allocate desks to people as they badge in, lowest free desk first."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from deskbook.desks import desk_key


@dataclass
class BadgeEvent:
    time: str          # "HH:MM"
    person: str
    action: str        # "in" or "out"


@dataclass
class DeskPool:
    """The hot desks of one office, and the people who must never be given one."""

    desks: Sequence[str]
    blocked_people: set[str] = field(default_factory=set)

    def replay(self, events: Iterable[BadgeEvent]) -> dict[str, Any]:
        """Replay a day's badge events in order.

        Someone badging in gets the lowest free desk (by floor, then number) unless they
        already hold one or are blocked; if no desk is free they are turned away. Badging
        out frees their desk; a badge-out by someone without a desk is counted as stray.
        Returns the allocations ``(time, person, desk)``, who was turned away and when,
        the number of stray badge-outs and the peak number of desks in use.
        """
        free = sorted(self.desks, key=desk_key)
        held: dict[str, str] = {}
        allocations: list[tuple[str, str, str]] = []
        turned_away: list[tuple[str, str]] = []
        stray = 0
        peak = 0
        for event in events:
            if event.action == "in":
                if event.person in held or event.person in self.blocked_people:
                    continue
                if not free:
                    turned_away.append((event.time, event.person))
                    continue
                desk = free.pop(0)
                held[event.person] = desk
                allocations.append((event.time, event.person, desk))
                peak = max(peak, len(held))
            elif event.action == "out":
                desk = held.pop(event.person, None)
                if desk is None:
                    stray += 1
                    continue
                free.append(desk)
                free.sort(key=desk_key)
            else:
                raise ValueError(f"unknown badge action {event.action!r}")
        return {"allocations": allocations, "turned_away": turned_away, "stray_outs": stray, "peak": peak}
