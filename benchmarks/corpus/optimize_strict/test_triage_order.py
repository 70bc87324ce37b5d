"""Strict equivalence tests for Triage.order (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from tickets.triage import Ticket, Triage

TARGET = "tickets/triage.py:Triage.order"


def reference(self, tickets):
    def rank(label):
        if label in self.priority:
            return self.priority.index(label)
        return len(self.priority)

    return sorted(tickets, key=lambda t: (rank(t.label), t.opened))


T = Ticket
CASES = [
    (Triage([]), []),
    (Triage([]), [T(1, "a", 2), T(2, "b", 1)]),
    (Triage(["a"]), [T(1, "a", 5)]),
    (Triage(["a", "b", "a"]), [T(1, "a", 5), T(2, "b", 1), T(3, "c", 0)]),
    (Triage(["b", "a", "b"]), [T(1, "a", 5), T(2, "b", 9), T(3, "b", 1)]),
    (Triage(["x", "y"]), [T(1, "y", 1), T(2, "x", 1), T(3, "y", 1), T(4, "x", 1)]),
    (Triage(["Outage", "outage"]), [T(1, "outage", 1), T(2, "Outage", 2)]),
    (Triage(["a", "b"]), [T(1, "z", 3), T(2, "q", 3), T(3, "z", 1)]),
]


def _random():
    rng = random.Random(11)
    for _ in range(40):
        priority = [rng.choice("abcdef") for _ in range(rng.randrange(0, 6))]
        tickets = [T(i, rng.choice("abcdefg"), rng.randrange(5)) for i in range(rng.randrange(0, 20))]
        yield Triage(priority), tickets


@pytest.mark.parametrize(("triage", "tickets"), CASES + list(_random()))
def test_same_as_reference(triage, tickets) -> None:
    assert_same(Triage.order, reference, triage, tickets)


def test_policy_changes_are_seen() -> None:
    triage = Triage(["a", "b"])
    tickets = [T(1, "b", 1), T(2, "a", 2)]
    assert [t.ticket_id for t in triage.order(tickets)] == [2, 1]
    triage.priority.reverse()
    assert [t.ticket_id for t in triage.order(tickets)] == [1, 2]
    triage.priority = ["z"]
    assert [t.ticket_id for t in triage.order(tickets)] == [1, 2]
