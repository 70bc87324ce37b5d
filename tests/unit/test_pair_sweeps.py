"""The pairs-by-span-sweep recipe: an all-pairs loop passing over pairs whose spans do not meet walks, for
each item, only the later items whose spans may meet its own; the rewritten module lists the same pairs in
the same order (and raises the same errors) on random spans of ints and floats, touching and empty spans,
NaN, bools, tuples and items whose keys cannot be read, and the shapes it must leave alone are left alone."""

from __future__ import annotations

import math
import random
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

CLASHES = '''
def run(slots, gap=0):
    """Pairs of slots of different rooms that meet."""
    found = []
    for i, first in enumerate(slots):
        for second in slots[i + 1:]:
            if first.room == second.room:
                continue
            if first.start >= second.end or second.start >= first.end:
                continue
            if abs(first.size - second.size) > gap:
                found.append((first.name, second.name))
    return found
'''


@dataclass
class Slot:
    name: str
    room: str
    start: object
    end: object
    size: int = 0


def rewritten(tmp_path: Path, source: str) -> str | None:
    """The module rewritten by the recipe alone, or None."""
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "run")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-pairs-by-span-sweep-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def outcome(scope: dict[str, object], *args: object) -> object:
    run = scope["run"]
    assert callable(run)
    try:
        return ("answer", run(*args))
    except Exception as error:  # (the exception is part of the answer compared)
        return ("raised", type(error), str(error))


def random_slots(rng: random.Random, count: int, floats: bool) -> list[Slot]:
    slots = []
    for number in range(count):
        start: object = rng.uniform(0, 50) if floats else rng.randint(0, 50)
        end: object = start + rng.choice([0, 1, 2, 5, 20]) * (rng.random() if floats else 1)
        if rng.random() < 0.05:
            start, end = end, start  # (a span ending before it starts)
        slots.append(Slot(f"s{number}", rng.choice("abc"), start, end, rng.randint(0, 3)))
    return slots


def compare(tmp_path: Path, source: str, extra: list[object]) -> None:
    new = rewritten(tmp_path, source)
    assert new is not None and "_spans_meeting_after(slots, i, slots_spans)" in new
    original: dict[str, object] = {}
    patched: dict[str, object] = {}
    exec(textwrap.dedent(source), original)
    exec(new, patched)
    rng = random.Random(11)
    cases: list[object] = [[], [Slot("a", "x", 1, 2)], *extra]
    for _ in range(150):
        cases.append(random_slots(rng, rng.randint(0, 60), floats=rng.random() < 0.5))
    for slots in cases:
        for gap in (-1, 0, 2):
            assert outcome(patched, slots, gap) == outcome(original, slots, gap), slots


ODD = [
    # touching, empty and backward spans
    [Slot("a", "x", 1, 3, 1), Slot("b", "y", 3, 5, 2), Slot("c", "z", 2, 2, 3), Slot("d", "w", 5, 1, 0)],
    [Slot("a", "x", 1, 3, 1), Slot("b", "y", math.nan, 5, 2), Slot("c", "z", 2, 4, 3)],
    [Slot("a", "x", True, 3, 0), Slot("b", "y", 0, 5, 1), Slot("c", "z", 2, 4, 2)],
    [Slot("a", "x", 1.5, 3, 3), Slot("b", "y", 0, 2, 0), Slot("c", "z", -math.inf, math.inf, 1),
     Slot("d", "v", 2, 2.5, 2)],
    (Slot("a", "x", 1, 3, 3), Slot("b", "y", 2, 5, 0), Slot("c", "y", 2, 4, 1)),
    [Slot("a", "x", 1, 3, 2), "not a slot", Slot("c", "z", 2, 4, 3)],
    [Slot("a", "x", 1, 3, 0), Slot("b", "y", "2", 5, 1)],
    iter([Slot("a", "x", 1, 3, 2), Slot("b", "y", 2, 5, 3)]),
]


def test_answers_like_the_original(tmp_path: Path) -> None:
    compare(tmp_path, CLASHES, ODD)


def test_with_no_other_test_answers_like_the_original(tmp_path: Path) -> None:
    compare(tmp_path, CLASHES.replace("            if first.room == second.room:\n                continue\n", ""), ODD)


@pytest.mark.parametrize("test", [
    "first.start > second.end or second.start > first.end",  # touching spans meet
    "second.end <= first.start or first.end <= second.start",  # the other spelling, swapped
    "second.start >= first.end or first.start >= second.end",
    "first.start > second.end or second.start >= first.end",
])
def test_every_spelling_answers_like_the_original(tmp_path: Path, test: str) -> None:
    source = CLASHES.replace("first.start >= second.end or second.start >= first.end", test)
    compare(tmp_path, source, ODD[:4])


@pytest.mark.parametrize("source", [
    # not a span test: two different keys, or a key of the same item on both sides
    CLASHES.replace("second.start >= first.end", "second.size >= first.end"),
    CLASHES.replace("first.start >= second.end", "first.start >= first.end"),
    # a pair of `and`, or an `==` comparison
    CLASHES.replace("first.start >= second.end or second.start >= first.end",
                    "first.start >= second.end and second.start >= first.end"),
    CLASHES.replace("first.start >= second.end or", "first.start == second.end or"),
    # something runs before the span test that is not a pure test
    CLASHES.replace("            if first.room == second.room:\n                continue\n",
                    "            found.append(0)\n"),
    CLASHES.replace("first.room == second.room", "print(first) or first.room == second.room"),
    # the items may change while the pairs are walked
    CLASHES.replace("found.append((first.name, second.name))", "first.end += 1"),
    CLASHES.replace("found.append((first.name, second.name))", "slots.append(first)"),
    # the later item is read after its loop, or the walk is not over the later items
    CLASHES.replace("    return found", "        print(second)\n    return found"),
    CLASHES.replace("slots[i + 1:]", "slots[i:]"),
    CLASHES.replace("slots[i + 1:]", "slots"),
])
def test_left_alone(tmp_path: Path, source: str) -> None:
    assert rewritten(tmp_path, source) is None, source
