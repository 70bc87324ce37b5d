"""Strict equivalence tests for balanced_lines (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from typeset.breaks import balanced_lines
from strict_support import assert_same

TARGET = "typeset/breaks.py:balanced_lines"


def reference(words, width):
    for word in words:
        if len(word) > width:
            raise ValueError(f"word wider than the line: {word!r}")
    count = len(words)
    best = [float("inf")] * (count + 1)
    best[count] = 0
    next_break = [count] * (count + 1)
    for start in range(count - 1, -1, -1):
        for stop in range(start + 1, count + 1):
            chunk = words[start:stop]
            length = sum(len(word) for word in chunk) + len(chunk) - 1
            if length > width:
                break
            slack = 0 if stop == count else (width - length) ** 2
            if slack + best[stop] < best[start]:
                best[start] = slack + best[stop]
                next_break[start] = stop
    lines = []
    start = 0
    while start < count:
        stop = next_break[start]
        lines.append(" ".join(words[start:stop]))
        start = stop
    return lines


CASES = [
    ([], 10),
    ([], 0),
    ([], -3),
    ([""], 0),
    (["", ""], 0),
    (["", "", ""], 1),
    (["", "a", ""], 2),
    (["a"], 1),
    (["a"], 0),
    (["ab"], 1),
    (["a", "b", "c"], 10),
    (["a", "b", "c"], 1),
    (["a", "b", "c"], 3),
    ("aaa bb cc ddddd".split(), 6),
    ("aaaa bb cc dddddd".split(), 8),
    ("aa aa aa aa".split(), 5),
    ("aa aa aa aa aa aa".split(), 8),
    ("a b c d e f g h".split(), 3),
    ("a b c d e f g h".split(), 4),
    (["same"] * 9, 9),
    (["same"] * 9, 14),
    (["zoë", "naïve", "café", "日本語", "emoji😀"], 9),
    (["tab\there", "new\nline", "x"], 10),
    (["trailing ", " leading"], 9),
    (["trailing ", " leading"], 20),
    (["short", "extraordinarily"], 10),
    (["extraordinarily", "short"], 10),
    (["a", "b"], 1.5),
    (["a", "bb"], 1.5),
    (("a", "b", "cc"), 4),
    (["ab", ["x", "y"], "c"], 4),
    (["a", 5], 3),
    (["a", None], 3),
    (["a"] * 30, 1),
    (["a"] * 30, 59),
    (["a"] * 30, 58),
    (["a"] * 30, 7),
    (["x" * 40, "y" * 40], 40),
    (["x" * 40, "y" * 40], 81),
    (["x" * 40, "y" * 40], 80),
]


def _random():
    rng = random.Random(1455)
    for n in range(150):
        alphabet = "abcdefghij" if n % 3 else "éß日x"
        words = ["".join(rng.choice(alphabet) for _ in range(rng.choice([0, 1, 1, 2, 3, 3, 4, 5, 6, 8, 11]) if n % 5 else rng.randint(1, 7)))
                 for _ in range(rng.randint(0, 40))]
        width = rng.choice([8, 10, 12, 15, 20, 30, 72])
        if rng.random() < 0.05:
            width = 4
        yield words, width


@pytest.mark.parametrize("words, width", CASES + list(_random()))
def test_same_as_reference(words, width) -> None:
    assert_same(balanced_lines, reference, words, width)


@pytest.mark.parametrize("width", [20, 50, 72, 200])
def test_long_paragraph(width) -> None:
    rng = random.Random(width)
    words = ["".join(rng.choice("etaoinshrdlu") for _ in range(rng.randint(1, 12))) for _ in range(900)]
    assert_same(balanced_lines, reference, words, width)
