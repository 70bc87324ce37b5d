"""Strict equivalence tests for apply_changes (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from redline.apply import apply_changes
from strict_support import assert_same

TARGET = "redline/apply.py:apply_changes"


def reference(text, changes):
    ordered = sorted(range(len(changes)), key=lambda index: (changes[index][0], changes[index][1], index))
    previous_end = 0
    for index in ordered:
        start, end, _replacement = changes[index]
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"change {index} lies outside the text: {start}..{end}")
        if start < previous_end:
            raise ValueError(f"change {index} overlaps an earlier change at {start}")
        previous_end = end
    for index in reversed(ordered):
        start, end, replacement = changes[index]
        text = text[:start] + replacement + text[end:]
    return text


T = "The Seller shall deliver the Goods.\n"

CASES = [
    ("", []),
    ("", [(0, 0, "")]),
    ("", [(0, 0, "x")]),
    ("", [(0, 0, "x"), (0, 0, "y"), (0, 0, "z")]),
    ("", [(0, 1, "x")]),
    (T, []),
    (T, [(4, 10, "Vendor")]),
    (T, [(0, 0, "NOTE: ")]),
    (T, [(len(T), len(T), "-- end")]),
    (T, [(len(T) - 1, len(T), "")]),
    (T, [(0, len(T), "")]),
    (T, [(0, len(T), "all new")]),
    (T, [(0, len(T) + 1, "x")]),
    (T, [(-1, 3, "x")]),
    (T, [(5, 3, "x")]),
    (T, [(5, 5, "a"), (5, 5, "b"), (5, 5, "c")]),
    (T, [(5, 5, "c"), (5, 5, "b"), (5, 5, "a")]),
    (T, [(5, 8, "R"), (5, 5, "I")]),
    (T, [(5, 5, "I"), (5, 8, "R")]),
    (T, [(5, 8, "R"), (8, 8, "I"), (8, 10, "S")]),
    (T, [(8, 10, "S"), (5, 8, "R")]),
    (T, [(5, 8, "R"), (7, 10, "S")]),
    (T, [(5, 8, "R"), (5, 8, "S")]),
    (T, [(5, 8, "R"), (6, 6, "I")]),
    (T, [(5, 8, "R"), (8, 8, "I")]),
    (T, [(5, 5, ""), (5, 5, ""), (6, 6, "")]),
    (T, [(3, 3, "é"), (10, 11, "🎉"), (0, 1, "Ｔ")]),
    ("naïve café\r\n", [(2, 3, "i"), (9, 10, "e"), (10, 12, "\n")]),
    ("line1\nline2\n", [(5, 6, " "), (11, 12, "")]),
    (T, [(True, 3, "x")]),
    (T, [(False, True, "x")]),
    (T, [(1.0, 3, "x")]),
    (T, [(1.5, 3, "x")]),
    (T, [(None, 3, "x")]),
    (T, [(1, 3, "x"), (None, 3, "x")]),
    (T, [(1, "3", "x")]),
    (T, [(1, 3, None)]),
    (T, [(1, 3, 5)]),
    (T, [(1, 3, b"x")]),
    (T, [(1, 3, ["x"])]),
    (T, [(1, 3)]),
    (T, [(1, 3, "x", "y")]),
    (T, [(1,)]),
    (T, [()]),
    (T, ["abc"]),
    (T, [[1, 3, "x"], [5, 6, "y"]]),
    (T, ((1, 3, "x"), (5, 6, "y"))),
    (T, [(1, 3, "x"), (1, 3, "x")]),
    (T, [(0, 0, "x"), (0, 1, "y"), (1, 1, "z"), (1, 2, "w")]),
    (T, [(i, i + 1, str(i)) for i in range(len(T))]),
    (T, [(i, i, str(i)) for i in range(len(T) + 1)]),
    (T, [(i, i + 1, "") for i in range(0, len(T), 2)]),
    (T, [(10 ** 18, 10 ** 18, "x")]),
    (T * 20, [(700, 710, "x"), (0, 5, "y"), (300, 300, "z")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(apply_changes, reference, *case)


def _random_cases():
    rng = random.Random(1789)
    words = ["Seller", "Buyer", "shall", "é", "🎉", " ", "\n", "thirty (30)", ""]
    for _ in range(140):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        changes = []
        position = 0
        while position <= len(text) and len(changes) < 12:
            position += rng.choice([0, 0, 1, 2, 5, 9])
            if position > len(text):
                break
            end = min(len(text), position + rng.choice([0, 0, 1, 3, 6]))
            changes.append((position, end, rng.choice(words)))
            position = end
        if changes and rng.random() < 0.08:
            start, end, replacement = rng.choice(changes)
            changes.append((max(0, start - 1), end + 1, "overlap"))
        if rng.random() < 0.04:
            changes.append((len(text), len(text) + 2, "past end"))
        rng.shuffle(changes)
        yield text, changes


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(apply_changes, reference, *case)


def test_large_agreement() -> None:
    rng = random.Random(66)
    text = "".join(f"{n}. The Supplier shall provide the Services within thirty (30) days. " for n in range(1, 800))
    changes = []
    position = 0
    while True:
        position += rng.randint(0, 90)
        end = position + rng.randint(0, 12)
        if end > len(text):
            break
        changes.append((position, end, rng.choice(["", "Provider", " [sic]", "forty-five (45)"])))
        position = end
    rng.shuffle(changes)
    assert_same(apply_changes, reference, text, changes)
