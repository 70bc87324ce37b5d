"""Strict equivalence tests for shelf_order (never shown to wattlens)."""

from __future__ import annotations

import random
from functools import cmp_to_key

import pytest
from shelfread.callnumbers import shelf_order
from strict_support import assert_same

TARGET = "shelfread/callnumbers.py:shelf_order"


def _parse(text):
    parts = text.split()
    if not parts:
        raise ValueError("empty call number")
    whole, _, fraction = parts[0].partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        raise ValueError(f"bad class number {parts[0]!r}")
    cutter = parts[1].upper() if len(parts) > 1 else ""
    year = None
    volume = 0
    for extra in parts[2:]:
        if len(extra) == 4 and extra.isdigit():
            year = int(extra)
        elif extra.lower().startswith("v.") and extra[2:].isdigit():
            volume = int(extra[2:])
        else:
            raise ValueError(f"unrecognised part {extra!r} in {text!r}")
    return int(whole), fraction, cutter, year, volume


def _compare(a, b):
    left, right = _parse(a), _parse(b)
    for x, y in zip(left[:3], right[:3]):
        if x != y:
            return -1 if x < y else 1
    if left[3] != right[3]:
        if left[3] is None:
            return -1
        if right[3] is None:
            return 1
        return -1 if left[3] < right[3] else 1
    return (left[4] > right[4]) - (left[4] < right[4])


def reference(call_numbers):
    return sorted(call_numbers, key=cmp_to_key(_compare))


CASES = [
    [],
    ["641.5 SMI"],
    [""],
    ["not a call number"],
    [None],
    [42],
    ["", ""],
    ["641.5 SMI", ""],
    ["641.5 SMI", None],
    ["641.5 SMI", "641.5 SMI"],
    ["641.6 A", "641.52 A", "641.5 A", "641.50 A", "641 A", "641. A"],
    ["641.05 A", "641.5 A", "641.005 A"],
    ["92", "092", "0092", "92.0"],
    ["500 smi", "500 ADA", "500 Jon", "500 ada", "500 Ada"],
    ["700 X 2001 v.2", "700 X 2001", "700 X", "700 X 1999", "700 X 2001 v.10", "700 X v.3", "700 X v.03"],
    ["700 X V.2", "700 X v.2", "700 X v.1"],
    ["700 X 2001 1999"],
    ["700 X 2001 1999", "700 X"],
    ["700 X v.2 2001", "700 X 2001 v.1", "700 X 2001 v.2"],
    ["700 X 20011", "700 X"],
    ["700 X copy.2", "700 X"],
    ["700 X v.", "700 X"],
    ["QA76 .P98", "500 A"],
    ["500.x A", "500 A"],
    ["500 A\n", "500 A", " 500 A ", "500\tA"],
    ["500 A", "500 A\n", "500  A"],
    ["500 Ü", "500 U", "500 Z", "500 ß", "500 SS"],
    ["500 ǅ", "500 Dž", "500 DŽ"],
    ["٥٠٠ A", "500 A"],
    ["500 A", "²00 A"],
    ["500 A ²０２４", "500 A"],
    ["500 A 2024", "500 A 2024 v.²", "500 B"],
    ["001", "1", "000.1", "0"],
    ("300 B", "300 A"),
    ["300 B", "300 A", "200"],
]


def _label(rng):
    whole = rng.randint(0, 30)
    digits = "".join(rng.choices("0123456789", k=rng.choice([0, 1, 2, 3])))
    label = f"{whole:03d}" if rng.random() < 0.8 else str(whole)
    if digits:
        label += "." + digits
    if rng.random() < 0.9:
        label += " " + rng.choice(["SMI", "smi", "Smi", "JON", "Müll", "A", "AB"])
        if rng.random() < 0.6:
            label += f" {rng.choice([1999, 2001, 2015, 2024])}"
        if rng.random() < 0.2:
            label += f" v.{rng.randint(1, 12)}"
    return label


def _random():
    rng = random.Random(1876)
    for n in range(130):
        labels = [_label(rng) for _ in range(rng.randint(0, 30))]
        labels += rng.sample(labels, min(len(labels), rng.randint(0, 5)))
        rng.shuffle(labels)
        if n % 15 == 4 and labels:
            labels[rng.randrange(len(labels))] = rng.choice(["", "ABC", "100 A B C"])
        yield labels


@pytest.mark.parametrize("labels", CASES + list(_random()))
def test_same_as_reference(labels) -> None:
    assert_same(shelf_order, reference, labels)


def test_whole_collection() -> None:
    rng = random.Random(3)
    labels = [_label(rng) for _ in range(5000)]
    assert_same(shelf_order, reference, labels)


def test_generator_input() -> None:
    labels = ["300 B", "300 A", "200 C 2001"]
    assert shelf_order(x for x in labels) == reference(x for x in labels)
    assert shelf_order(x for x in [""]) == [""]
