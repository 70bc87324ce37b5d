"""A loop asking on every pass whether any item of one collection overlaps a range → the starts
in order with the largest end up to each, one bisection per question."""

from __future__ import annotations

import math
import random
from typing import NamedTuple

import libcst as cst
import pytest

from wattlens.optimize.overlaps import overlap_by_reach

from .recipe_outcomes import rewrite, same_behaviour, stdlib_functions

SLOTS = """
def f(bookings, day_start, day_end, length, step):
    checked = []
    for start, end in bookings:
        checked.append((start, end))
    slots = []
    candidate = day_start
    while candidate + length <= day_end:
        clash = False
        for start, end in checked:
            if start < candidate + length and candidate < end:
                clash = True
                break
        if not clash:
            slots.append(candidate)
        candidate += step
    return slots
"""

ANY = """
def f(rooms, asks):
    free = []
    for low, high in asks:
        free.append(not any(r.opens <= high and r.closes >= low for r in rooms))
    return free
"""

RETURN = """
def f(spans, points):
    for p in points:
        for s, e in spans:
            if p > s and e > p:
                return p
    return None
"""

PRELUDE = "import bisect\nimport itertools\n"
ROOM = "from typing import NamedTuple\nclass Room(NamedTuple):\n    opens: float\n    closes: float\n"


class Room(NamedTuple):
    opens: float
    closes: float


def slot_cases() -> list[tuple[object, ...]]:
    rng = random.Random(5)
    bookings = []
    for _ in range(80):
        start = rng.randrange(0, 600, 5)
        bookings.append((start, start + rng.choice([5, 10, 30])))
    return [
        (bookings, 0, 600, 15, 5),
        (bookings, 100, 300, 60, 10),
        ([], 0, 60, 15, 5),
        ([(10, 20)], 0, 40, 10, 5),  # touching bookings do not clash
        ([(10.5, 20.25), (30, 31)], 0, 40, 5, 2.5),
        ([(10, 20), (True, 3)], 0, 40, 5, 5),  # a bool: no plain order, the scan as before
        ([(10, 20), (math.nan, 30)], 0, 40, 5, 5),  # NaN: the same
        ([(10, 20), ("15", 30)], 0, 40, 5, 5),  # a key that does not compare: raises as before
        ([(10, 20), (15,)], 0, 40, 5, 5),  # an item that does not unpack: raises where met
        ([(10, 20), (-math.inf, 5)], -10.0, 40, 5, 5),  # an infinite key
        ([(5, 8), (1, 100), (50, 60)], 0, 120, 10, 5),  # a long booking early in order
    ]


def test_each_question_is_answered_by_one_bisection() -> None:
    new = rewrite(overlap_by_reach, SLOTS)
    assert new is not None
    assert "if checked and checked_overlap(candidate, candidate + length):\n            clash = True\n" in new
    assert "bisect.bisect_left(starts, high)" in new and "reach[count - 1] > low" in new
    assert "for start, end in checked:\n            if" not in new
    same_behaviour(SLOTS, new, slot_cases(), prelude=PRELUDE)


@pytest.mark.parametrize(("change", "side", "compare"), [
    ("start <= candidate + length and candidate <= end", "bisect_right", ">="),
    ("candidate < end and start < candidate + length", "bisect_left", ">"),  # the other order
    ("candidate + length > start and end > candidate", "bisect_left", ">"),  # either way round
])
def test_either_strictness_order_or_side_is_read_right(change: str, side: str, compare: str) -> None:
    source = SLOTS.replace("start < candidate + length and candidate < end", change)
    new = rewrite(overlap_by_reach, source)
    assert new is not None and f"bisect.{side}(starts, high)" in new and f"reach[count - 1] {compare} low" in new
    same_behaviour(source, new, slot_cases(), prelude=PRELUDE)


def test_any_over_the_items_and_a_return_on_the_first_match() -> None:
    new = rewrite(overlap_by_reach, ANY)
    # The bounds are worked out where the question is asked: names like the helper's own are fine there.
    assert new is not None and "free.append(not (rooms_overlap(low, high) if rooms else False))" in new
    rooms = [Room(a, a + w) for a, w in ((1, 3), (2, 8), (9, 1), (4, 0), (4.5, 2))]
    same_behaviour(ANY, new, [(rooms, [(0, 0), (0, 1), (5, 5), (10, 10), (11, 20)]), ([], [(1, 2)]),
                              (rooms[:1], [])], prelude=PRELUDE + ROOM)
    found = rewrite(overlap_by_reach, RETURN)
    assert found is not None and "if spans and spans_overlap(p, p):\n            return p" in found
    rng = random.Random(3)
    spans = [(a, a + rng.randint(0, 9)) for a in (rng.randint(0, 90) for _ in range(40))]
    same_behaviour(RETURN, found, [(spans, [0, 5, 50, 99]), (spans, []), ([], [1]), ([(1, 2)], [1, 2, 3])],
                   prelude=PRELUDE)


@pytest.mark.parametrize("change", [
    ("clash = True\n                break", "clash = True\n                print(start)\n                break"),
    ("clash = True\n                break", "clash = True"),  # no break: every item is met
    ("candidate < end", "candidate < end and end != 7"),  # a third condition
    ("start < candidate + length", "start < candidate + len(checked)"),  # a bound that calls
    ("start < candidate + length", "start < end + length"),  # a bound that reads the item
    ("candidate < end", "candidate < start"),  # one key within two bounds: scan-by-range's
    ("candidate += step", "candidate += step\n        checked.append((candidate, candidate))"),
    ("        if not clash:", "        print(start)\n        if not clash:"),  # the last item is read
    ("for start, end in checked:\n            if start < candidate + length and candidate < end",
     "for low, high in checked:\n            if low < candidate + length and candidate < high"),  # the helper's names
])
def test_scans_that_are_not_plain_overlap_questions_are_left_alone(change: tuple[str, str]) -> None:
    assert rewrite(overlap_by_reach, SLOTS.replace(*change)) is None


def test_the_stdlib_is_rewritten_without_error() -> None:
    for module in ("calendar", "difflib", "heapq", "statistics"):
        for function in stdlib_functions(module):
            rewritten = overlap_by_reach(function)
            if rewritten is not None:
                compile(cst.Module([rewritten]).code, module, "exec")
