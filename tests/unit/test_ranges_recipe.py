"""A collection scanned for a range of keys on every pass of a loop → keys ordered once, each
scan meets only the items that can lie in its range, in their order."""

from __future__ import annotations

import copy
import math
import random
from datetime import datetime, timedelta, timezone

import pytest

from wattlens.optimize.ranges import scan_by_range

from .recipe_outcomes import evaluated, outcome, rewrite

WINDOWS = """
def f(events, days, width):
    out = []
    for day in days:
        seen = []
        for event in events:
            if day - width < event[0] <= day and event[1] not in seen:
                seen.append(event[1])
                if len(seen) > 3:
                    break
        late = [e[1] for e in events if e[0] >= day]
        early = sum(1 for e in events if e[0] < day - width)
        out.append((day, seen, late[:2], early))
    return out
"""

PRELUDE = "import bisect\n"


def cases() -> list[tuple[object, ...]]:
    rng = random.Random(11)
    ints = [(rng.randint(0, 40), rng.choice("abcdef")) for _ in range(120)]
    floats = [(rng.random() * 40, n) for n in range(60)]
    mixed = [(1, "a"), (2.5, "b"), (True, "c"), (2, "d")]
    return [
        (ints, [0, 5, 17, 40, 41, -3], 4),
        (ints, [], 4),
        ([], [3], 2),
        (tuple(ints), [10, 10], 0),
        (floats, [1.5, 20, 39.9], 2.5),
        (mixed, [2, 3], 1),
        ([(1, "a"), (math.nan, "b"), (3, "c")], [2, 3], 2),  # NaN: no plain order, every item is met
        ([(1, "a"), ("2", "b")], [2], 1),  # keys that do not compare: the test raises, as before
        ([(1, "a"), (2, "b")], ["2"], 1),  # a bound that does not compare: the same
        (set(ints[:30]), [5, 6], 3),  # not a list: scanned as before
    ]


@pytest.mark.parametrize("case", cases(), ids=range(len(cases())))
def test_each_scan_meets_the_items_in_its_range_in_their_order(case: tuple[object, ...]) -> None:
    new = rewrite(scan_by_range, WINDOWS)
    assert new is not None
    assert "for event in events_with_key_between(low=day - width, high=day):" in new
    assert "for e in events_with_key_between(low=day)" in new  # one index for one key
    assert "if 2 * (stop - start) > len(keys):" in new  # most items in range: walked as they are
    assert "for e in events_with_key_between(high=day - width)" in new
    assert outcome(new, *copy.deepcopy(case), prelude=PRELUDE) == outcome(WINDOWS, *copy.deepcopy(case))


def test_dates_with_timezones_and_without() -> None:
    new = rewrite(scan_by_range, WINDOWS)
    assert new is not None
    start = datetime(2025, 1, 1)
    naive = [(start + timedelta(hours=h), h % 7) for h in range(200)]
    aware = [(start.replace(tzinfo=timezone.utc) + timedelta(hours=h), h) for h in range(50)]
    for events, days in ((naive, [start + timedelta(hours=90)]), (aware, [aware[20][0]]),
                         (naive[:3] + aware[:3], [start + timedelta(hours=1)]), (naive, [aware[5][0]])):
        width = timedelta(hours=10)
        assert outcome(new, events, days, width, prelude=PRELUDE) == outcome(WINDOWS, events, days, width)


SIMPLE = """
def f(events, days):
    out = []
    for day in days:
        n = 0
        for event in events:
            if day - 3 <= event[0] <= day:
                n += event[1]
        out.append(n)
    return out
"""


def test_the_simple_window_is_rewritten() -> None:
    assert rewrite(scan_by_range, SIMPLE) is not None


@pytest.mark.parametrize("change", [
    ("if day - 3 <= event[0] <= day:", "if event[1] == day:"),                          # no range
    ("if day - 3 <= event[0] <= day:", "if keep(event) and day - 3 <= event[0]:"),       # after a call
    ("if day - 3 <= event[0] <= day:", "if look(day) <= event[0] <= day:"),             # a call in a bound
    ("if day - 3 <= event[0] <= day:", "if event[0] <= event[1]:"),                     # bound reads the item
    ("        out.append(n)", "        events.append((day, 0))\n        out.append(n)"),  # collection changed
    ("        out.append(n)", "        tick(events)\n        out.append(n)"),            # handed to a call
    ("                n += event[1]", "                n += event[1]\n                day += 1"),  # bound changed
    ("        out.append(n)", "        out.append(n)\n        last = event"),             # loop variable read after
    ("                n += event[1]", "                n += 1\n            else:\n                n -= 1"),  # else
])
def test_scans_the_recipe_could_not_answer_the_same_are_left_alone(change: tuple[str, str]) -> None:
    source = SIMPLE.replace(*change)
    assert source != SIMPLE
    assert rewrite(scan_by_range, source) is None


def test_a_collection_named_as_a_helper_variable_is_left_alone() -> None:
    assert rewrite(scan_by_range, SIMPLE.replace("events", "keys")) is None


def test_a_changed_item_key_is_left_alone() -> None:
    source = SIMPLE.replace("                n += event[1]", "                event.day = 0")
    assert rewrite(scan_by_range, source) is None


def test_a_scan_inside_another_is_left_as_it_was_in_the_rewritten_outer_one() -> None:
    source = """
    def f(events, days):
        out = []
        for day in days:
            n = 0
            for a in events:
                if day - 2 <= a[0] <= day:
                    for b in events:
                        if a[0] <= b[0] <= a[0] + 1:
                            n += b[1]
            out.append(n)
        return out
    """
    new = rewrite(scan_by_range, source)
    assert new is not None
    assert "for a in events_with_key_between(low=day - 2, high=day):" in new
    assert "for b in events:" in new
    events = [(n % 9, n) for n in range(40)]
    assert outcome(new, events, [0, 4, 8, 12], prelude=PRELUDE) == outcome(source, events, [0, 4, 8, 12])


PREFIXES = """
def f(entries, prefixes):
    out = {}
    for prefix in prefixes:
        found = [(count, shown) for key, shown, count in entries if key.startswith(prefix) and count > 0]
        out[prefix] = sorted(found)[:3]
    return out
"""


def prefix_cases() -> list[tuple[object, ...]]:
    rng = random.Random(5)
    words = ["".join(rng.choice("abc\u00e9\U0010ffff") for _ in range(rng.randint(0, 5))) for _ in range(300)]
    entries = [(w, w.upper(), rng.randint(-1, 9)) for w in words]
    prefixes = ["", "a", "ab", "\u00e9", "\U0010ffff", "c\U0010ffff", "zz", "abcabc"]
    return [
        (entries, prefixes),
        (tuple(entries), prefixes),
        ([], prefixes),
        (entries, [("a", "b"), "a"]),  # a tuple of prefixes: scanned as before
        ([(b"ab", 1, 1)], [b"a"]),  # bytes: scanned as before
        ([("ab", 1, 1), (3, 1, 1)], ["a"]),  # a key that cannot start with anything: raises as before
        ([("ab", 1, 1), ("a", 2)], ["a"]),  # an item that does not unpack
    ]


@pytest.mark.parametrize("case", prefix_cases(), ids=range(len(prefix_cases())))
def test_a_prefix_scan_meets_the_block_of_keys_that_start_with_it(case: tuple[object, ...]) -> None:
    new = rewrite(scan_by_range, PREFIXES)
    assert new is not None
    assert "for key, shown, count in entries_with_key_starting(prefix) if key.startswith(prefix)" in new
    assert outcome(new, *copy.deepcopy(case), prelude=PRELUDE) == outcome(PREFIXES, *copy.deepcopy(case))


ATTRIBUTE = """
def f(self, low, highs):
    out = []
    for high in highs:
        out.append([n for n in self.values if low <= n <= high])
    return out
"""


def test_an_attribute_of_a_parameter_is_scanned_by_range_when_nothing_can_change_it() -> None:
    new = rewrite(scan_by_range, ATTRIBUTE)
    assert new is not None and "for n in values_with_key_between(low=low, high=high)" in new
    holder = ("class Holder:\n    def __init__(self, values):\n        self.values = values\n"
              "values = list(range(50, 0, -3)) * 2\n")
    for case in ("Holder(values), 10, [30, 5, 45]", "Holder(tuple(values)), 0, [100]", "Holder(set(values)), 3, [9]"):
        call = f"f({case})"
        expected = evaluated(holder + ATTRIBUTE, call)
        assert isinstance(expected, list) and evaluated(PRELUDE + holder + new, call) == expected
    changed = ATTRIBUTE.replace("        out.append(", "        self.grow()\n        out.append(")
    assert rewrite(scan_by_range, changed) is None
