"""Strict equivalence tests for build_threads (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from mailthread.threads import Message, build_threads
from strict_support import assert_same

TARGET = "mailthread/threads.py:build_threads"


def _find(messages, message_id):
    for message in messages:
        if message.message_id == message_id:
            return message
    return None


def _root(messages, message):
    seen = {message.message_id}
    current = message
    while current.in_reply_to is not None:
        parent = _find(messages, current.in_reply_to)
        if parent is None or parent.message_id in seen:
            break
        seen.add(parent.message_id)
        current = parent
    return current


def reference(messages):
    groups = {}
    for position, message in enumerate(messages):
        root = _root(messages, message)
        groups.setdefault(root.message_id, []).append(position)
    threads = []
    for positions in groups.values():
        positions.sort(key=lambda p: (messages[p].date, p))
        threads.append(positions)
    threads.sort(key=lambda ps: (messages[ps[0]].date, ps[0]))
    return [[messages[p].message_id for p in positions] for positions in threads]


def m(mid, parent, date, subject="s"):
    return Message(mid, parent, subject, date)


CASES = [
    [],
    [m("a", None, "1")],
    [m("a", "a", "1")],
    [m("a", "b", "1")],
    [m("a", None, "1"), m("a", None, "1")],
    [m("a", None, "2"), m("a", None, "1")],
    [m("a", None, "1"), m("b", "a", "2"), m("a", None, "0")],
    [m("b", "a", "2"), m("a", None, "1"), m("a", "x", "0")],
    [m("b", "a", "2"), m("a", "x", "1"), m("a", None, "0")],
    [m("c", "b", "3"), m("b", "a", "2"), m("a", None, "1")],
    [m("a", "b", "1"), m("b", "a", "2")],
    [m("a", "b", "1"), m("b", "c", "2"), m("c", "a", "3"), m("d", "c", "4")],
    [m("a", "b", "1"), m("b", "b", "2")],
    [m("x", None, "1"), m("y", "x", "1"), m("z", "x", "1")],
    [m("z", "x", "1"), m("y", "x", "1"), m("x", None, "1")],
    [m("r1", "q1", "2024-01-01T10:00:00Z"), m("q2", None, "2024-01-01T09:30:00Z"),
     m("q1", None, "2024-01-01T09:00:00Z"), m("r2", "r1", "2024-01-01T11:00:00Z")],
    [m("r1", "gone", "2024-01-01T10:00:00Z"), m("r2", "r1", "2024-01-01T11:00:00Z")],
    [m("r1", "gone", "2"), m("r2", "gone", "1")],
    [m("", None, "1"), m("a", "", "2")],
    [m("a", "", "1")],
    [m("<ü@exämple>", None, "2"), m("<ü@exämple>", None, "1"), m("r", "<ü@exämple>", "3")],
    [m("a ", None, "1"), m("b", "a", "2"), m("c", "a ", "3")],
    [m("A", None, "1"), m("b", "a", "2")],
    [m("a", None, "2024-01-01T10:00:00Z"), m("b", None, "2024-01-01T10:00:00+01:00")],
    [m("a", None, ""), m("b", None, "")],
    [m("a", None, "1"), m("b", "a", None)],
    [m("a", None, None)],
    [m("a", None, "1"), m("b", None, 2)],
    [m(1, None, "1"), m(2, 1, "2"), m(3, 1.0, "3")],
    [m(("a", 1), None, "1"), m("b", ("a", 1), "2")],
    (m("a", None, "1"), m("b", "a", "0")),
    [m("a", None, "1"), m("b", "a", "0"), m("c", "b", "0"), m("d", "c", "5"), m("e", None, "0")],
]


def _random():
    rng = random.Random(1971)
    for n in range(150):
        messages = []
        ids = [f"<{k}@x>" for k in range(rng.randint(1, 12))]
        for _ in range(rng.randint(0, 25)):
            mid = rng.choice(ids) if n % 4 == 0 else f"<{len(messages)}@x>"
            roll = rng.random()
            if roll < 0.3 or not messages:
                parent = None
            elif roll < 0.9:
                parent = rng.choice(messages).message_id
            else:
                parent = rng.choice(ids + ["<missing@y>"])
            messages.append(m(mid, parent, f"2024-01-{rng.randint(1, 4):02d}"))
        if n % 5 == 1 and len(messages) > 2:
            a, b = messages[0], messages[1]
            messages[0] = m(a.message_id, b.message_id, a.date)
            messages[1] = m(b.message_id, a.message_id, b.date)
        yield messages


@pytest.mark.parametrize("messages", CASES + list(_random()))
def test_same_as_reference(messages) -> None:
    assert_same(build_threads, reference, messages)


def test_big_mailbox() -> None:
    rng = random.Random(4)
    messages = []
    for n in range(1200):
        parent = messages[rng.randrange(len(messages))].message_id if messages and rng.random() < 0.7 else None
        messages.append(m(f"<{n}@x>", parent, f"2024-02-{rng.randint(1, 28):02d}"))
    rng.shuffle(messages)
    assert_same(build_threads, reference, messages)
