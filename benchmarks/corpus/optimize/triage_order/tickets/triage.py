"""Order the support queue by urgency."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ticket:
    ticket_id: int
    label: str
    opened: int  # unix time


class Triage:
    """A triage policy: labels listed from most to least urgent."""

    def __init__(self, priority: list[str]) -> None:
        self.priority = priority

    def rank(self, label: str) -> int:
        """The urgency rank of a label; unknown labels come last."""
        if label in self.priority:
            return self.priority.index(label)
        return len(self.priority)

    def order(self, tickets: list[Ticket]) -> list[Ticket]:
        """The tickets, most urgent label first; oldest first within a label."""
        return sorted(tickets, key=lambda t: (self.rank(t.label), t.opened))
