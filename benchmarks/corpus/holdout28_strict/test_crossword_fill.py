"""Strict equivalence tests for check_fill (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from crossword.check import FillReport, check_fill
from crossword.grid import Slot

TARGET = "crossword/check.py:check_fill"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_BLOCK = "#"
_REF_EMPTY = "."


def _ref_number_grid(rows):
    if not rows:
        return []
    width = len(rows[0])
    for row in rows:
        if len(row) != width:
            raise ValueError("grid rows differ in length")
        for square in row:
            if square not in (_REF_BLOCK, _REF_EMPTY) and not "A" <= square <= "Z":
                raise ValueError(f"unexpected square {square!r} in the grid")

    def is_open(r, c):
        return 0 <= r < len(rows) and 0 <= c < width and rows[r][c] != _REF_BLOCK

    slots = []
    number = 0
    for r in range(len(rows)):
        for c in range(width):
            if not is_open(r, c):
                continue
            across = not is_open(r, c - 1) and is_open(r, c + 1)
            down = not is_open(r - 1, c) and is_open(r + 1, c)
            if not (across or down):
                continue
            number += 1
            if across:
                length = 1
                while is_open(r, c + length):
                    length += 1
                slots.append(Slot(number, "across", r, c, length))
            if down:
                length = 1
                while is_open(r + length, c):
                    length += 1
                slots.append(Slot(number, "down", r, c, length))
    return slots


def _ref_entry(rows, slot):
    if slot.direction == "across":
        return rows[slot.row][slot.col: slot.col + slot.length]
    return "".join(rows[slot.row + i][slot.col] for i in range(slot.length))


def reference(rows, wordlist):
    complete = 0
    incomplete = []
    unknown = []
    repeated = []
    used = set()
    for slot in _ref_number_grid(rows):
        word = _ref_entry(rows, slot)
        label = f"{slot.number}-{slot.direction}"
        if _REF_EMPTY in word:
            incomplete.append(label)
            continue
        complete += 1
        if word not in wordlist:
            unknown.append(f"{label}: {word}")
        if word in used:
            repeated.append(word)
        used.add(word)
    return FillReport(complete, incomplete, unknown, repeated)


# --- cases -------------------------------------------------------------------------------

SMALL = ["CAT#", "A.E#", "ROB#"]
SQUARE = ["CAT", "A#A", "TAT"]
WORDS = ["CAT", "CAR", "ROB", "TEB", "TAT", "DOG"]

CASES = [
    ([], []),
    ((), ()),
    ([], None),
    ([""], WORDS),
    (["", ""], WORDS),
    (["A"], WORDS),
    (["#"], WORDS),
    (["."], None),
    (["AB"], ["AB"]),
    (["AB"], []),
    (["A", "B"], ["AB"]),
    (["CAT"], WORDS),
    (["C", "A", "T"], WORDS),
    (["CAT"], ["cat"]),
    (["CAT"], ["CAT "]),
    (["CAT"], ["CATS"]),
    (SMALL, WORDS),
    (SMALL, []),
    (SMALL, ["CAT", "ROB"]),
    (tuple(SMALL), tuple(WORDS)),
    (SMALL, set(WORDS)),
    (SMALL, frozenset(WORDS)),
    (SMALL, dict.fromkeys(WORDS)),
    (SMALL, "CATCARROBTEB"),
    (SMALL, "CAT CAR"),
    (SMALL, ""),
    (SQUARE, WORDS),
    (SQUARE, ["TAT"]),
    (["DOG", "O#O", "GOD"], ["DOG"]),
    (["DOG", "O#O", "GOD"], ["DOG", "GOD"]),
    (["AAA", "AAA", "AAA"], ["AAA"]),
    (["AAA", "AAA", "AAA"], []),
    (["...", "...", "..."], None),
    (["...", "...", "..."], []),
    (["C..", "A#.", "T.."], None),
    (["C.T", "A#A", "TAT"], None),
    (["###", "###"], None),
    (["A#A", "###", "A#A"], None),
    (["AB#", "B##", "###"], ["AB", "BB"]),
    (["#AB", "AB#", "B##"], ["AB", "AB", "BB"]),
    (SQUARE, ["CAT", "CAT", "TAT"]),
    (SQUARE, [1, 2, 3]),
    (SQUARE, ["CAT", 7, None, ("T", "A", "T")]),
    (SQUARE, [["C", "A", "T"], "TAT"]),
    (SQUARE, [["unhashable"], "CAT", "TAT"]),
    (SQUARE, None),
    (SQUARE, 42),
    (SQUARE, ["CAT"]),
    (["CAT", "AB"], WORDS),
    (["CA", "ABC"], WORDS),
    (["CAT", ""], WORDS),
    (["cat"], WORDS),
    (["CAt"], WORDS),
    (["C T"], WORDS),
    (["CAT "], WORDS),
    ([" CAT"], WORDS),
    (["CAT\n"], WORDS),
    (["C*T"], WORDS),
    (["\u00c9T\u00c9"], ["\u00c9T\u00c9"]),
    (["\uff23AT"], WORDS),
    (["CA1"], WORDS),
    ([["C", "A", "T"], ["A", "#", "A"], ["T", "A", "T"]], WORDS),
    ([["C", "A", "T"]], [["C", "A", "T"]]),
    ([("C", "A", "T")], WORDS),
    (["CAT", None], WORDS),
    ([None], WORDS),
    (None, WORDS),
    ("CAT", WORDS),
    ("C", WORDS),
    ("", WORDS),
    (["CATS#DOGS", "A#O###O#O", "TAXIS#GOD"], ["CATS", "DOGS", "TAXIS", "CAT", "GOD", "OXO"]),
    (["AB", "CD"], ["AB", "CD", "AC", "BD"]),
    (["AB", "CD"], ["AB", "AC"]),
    (["A.", ".D"], ["AB"]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(check_fill, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(check_fill, reference, rows=SMALL, wordlist=WORDS)
    assert_same(check_fill, reference, SQUARE, wordlist=("CAT",))


def test_inputs_are_reusable() -> None:
    words = list(WORDS)
    assert check_fill(SQUARE, words) == check_fill(SQUARE, words) == reference(SQUARE, words)
    assert words == WORDS


def _random_cases():
    rng = random.Random(28009)
    for _ in range(240):
        height, width = rng.randint(1, 7), rng.randint(1, 7)
        rows = ["".join(rng.choice("AAB#..C" if rng.random() < 0.2 else "ABAB#C") for _ in range(width)) for _ in range(height)]
        if rng.random() < 0.05:
            rows.append("A" * (width + 1))
        words = ["".join(rng.choice("ABC") for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(0, 60))]
        yield (rows, words if rng.random() < 0.8 else tuple(words))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(check_fill, reference, *case)


PATTERN = ["....#.....#....", "....#.....#....", "...............", "...#...#.....##", "###.....#......",
           ".....#....#....", "....#.....#....", ".......#.......", "....#.....#....", "....#....#.....",
           "......#.....###", "##.....#...#...", "...............", "....#.....#....", "....#.....#...."]


def test_submitted_grid() -> None:
    """A realistic 15x15 submission checked against a 6,000-word list that holds most of its entries."""
    rng = random.Random(616)
    rows = ["".join(square if square == "#" else rng.choice("ETAOINSHRDLU") for square in row) for row in PATTERN]
    entries = [_ref_entry(rows, slot) for slot in _ref_number_grid(rows)]
    words = ["".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWY") for _ in range(rng.randint(3, 12))) for _ in range(6000)]
    words += [word for word in entries if rng.random() < 0.95]
    rng.shuffle(words)
    assert_same(check_fill, reference, rows, words)
