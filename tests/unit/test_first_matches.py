"""The first-match-kept-by-value recipe: a search for the first item of an unchanging sequence that a test
of plain values passes is made once per sequence and values, the loop then meeting only that item.  The
rewrite, that it answers like the original (results, exceptions, arguments afterwards) on many inputs,
odd values included, and the shapes it must leave alone."""

from __future__ import annotations

import itertools
import random
from collections import deque

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import rewrite, same_behaviour, stdlib_functions
from wattlens.optimize.first_matches import keep_first_matches
from wattlens.optimize.recipes import RECIPES

# holdout33/grain_settlement's shape: the first band of a factor's schedule holding each reading.
BANDS = """
def f(tickets, schedules):
    lines = []
    for ticket in tickets:
        schedule = schedules[ticket[0]]
        shrink = 0
        for factor, reading in enumerate(ticket[1:]):
            for band in schedule[factor]:
                if band[0] <= reading < band[1] and not band[2] == "closed":
                    shrink += band[2]
                    break
            else:
                raise ValueError(f"{reading} outside")
        lines.append((ticket[0], shrink))
    return lines
"""


def applied(source: str) -> str:
    new = rewrite(keep_first_matches, source)
    assert new is not None, source
    compile(new, "<rewrite>", "exec")
    return new


def test_the_first_band_holding_a_reading_is_kept_by_the_reading() -> None:
    new = applied(BANDS)
    assert "    band_firsts = {}  # (the sequence, the values its test compares)" in new
    assert ("            band_key = (id(band_walked), type(reading), reading) if type(band_walked) in (list, tuple) "
            "and type(reading) in (str, int, float, bool) else None\n") in new
    assert "            for band in band_walked if band_first is None else band_first[0]:\n" in new
    rng = random.Random(33)
    cases: list[tuple[object, ...]] = [([], {}), ([("w", 5)], {"w": [[(0, 10, 1)]]})]
    for _ in range(150):
        edges = sorted(rng.sample(range(0, 40), rng.randrange(2, 8)))
        bands = [(low, high, rng.choice([0, 1, 2, 2.5, "closed"])) for low, high in itertools.pairwise(edges)]
        if rng.random() < 0.3:
            bands.append((0, 40, 9))  # overlapping: the first in the list wins
        holder = rng.choice([list, tuple, deque])  # a deque is walked as before
        schedules = {"w": [holder(bands), holder(bands[::-1])], "b": [[], holder(bands)]}
        readings = rng.choice([[1, 5, 9, 20], [1.0, 5.5, True, 0], [float("nan"), 3], [None, 2], ["a", 1]])
        tickets = [(rng.choice(["w", "w", "b"]), *rng.sample(readings, 2)) for _ in range(rng.randrange(25))]
        cases.append((tickets, schedules))
    same_behaviour(BANDS, new, cases)


def test_a_reading_matched_once_comes_back_to_the_same_band() -> None:
    """Equal values of other kinds (1, 1.0, True) are kept apart: the test could tell them apart."""
    original = """
    def f(values, rules):
        out = []
        for value in values:
            for rule in rules:
                if rule[0] == value:
                    out.append(rule[1])
                    break
            else:
                out.append(None)
        return out
    """
    new = applied(original)
    cases: list[tuple[object, ...]] = [
        ([1, 1.0, True, 1, "1", 0.0, -0.0, False], [(True, "bool"), (1.0, "float"), ("1", "str"), (0, "zero")]),
        ([], []), ([1, 2, 1], []), ([1, 2, 1, 2], ((2, "b"), (1, "a"), (2, "c")))]
    same_behaviour(original, new, cases)


@pytest.mark.parametrize("change", [
    ("                    shrink += band[2]\n", "                    band[2] += 1\n"),  # an item changed
    ("                    shrink += band[2]\n", "                    shrink += band[2]\n                    "
                                               "note(band)\n"),  # handed to what could change it
    ("        lines.append((ticket[0], shrink))\n", "        lines.append((ticket[0], shrink))\n"
                                                     "        schedule[0] = []\n"),  # the sequences changed
    ("    return lines\n", "    return lines, band\n"),  # the loop's variable read after it
    ('raise ValueError(f"{reading} outside")', 'raise ValueError(f"{band} outside")'),  # or in its else
    ("band[0] <= reading", "band[0] <= reading + 1"),  # a value that is not a name
    ("band[0] <= reading", "within(band, reading)"),  # a test that calls
    ("                    break\n", ""),  # no break: every band passing is met; a continue: the search goes on
    ("                    shrink += band[2]\n",
     "                    if band[2] == 0:\n                        continue\n                    shrink += band[2]\n"),
    ("        schedule = schedules[ticket[0]]\n", "        schedule = schedules[ticket[0]]\n"
                                                  "        schedules = {}\n"),  # not the caller's data alone
    ("            for band in schedule[factor]:", "            for band in sorted(schedule[factor]):"),
])
def test_left_alone(change: tuple[str, str]) -> None:
    assert change[0] in BANDS
    assert rewrite(keep_first_matches, BANDS.replace(*change)) is None


def test_a_sequence_the_function_fills_is_left_alone() -> None:
    source = """
    def f(values):
        seen = []
        out = []
        for value in values:
            for old in seen:
                if old == value:
                    out.append(True)
                    break
            else:
                seen.append(value)
                out.append(False)
        return out
    """
    assert rewrite(keep_first_matches, source) is None


def test_a_sequence_holding_containers_the_function_fills_is_left_alone() -> None:
    """An item of the list is a list the loop appends to: its first answer would go stale."""
    source = """
    def f(values):
        counts = [0]
        rows = [counts]
        out = []
        for value in values:
            for row in rows:
                if row[0] == value:
                    out.append(value)
                    break
            counts[0] += 1
        return out
    """
    assert rewrite(keep_first_matches, source) is None


def test_a_search_run_once_is_left_alone() -> None:
    source = "def f(bands, x):\n    for band in bands:\n        if band[0] <= x:\n            return band\n"
    assert rewrite(keep_first_matches, source) is None


def test_a_reading_taken_by_getattr_is_a_read() -> None:
    """`getattr(ticket, factor)` reads a field as `ticket.moisture` would: the loop still changes nothing."""
    original = """
    def f(tickets, bands):
        out = []
        for ticket in tickets:
            for factor in ("real", "imag"):
                reading = getattr(ticket, factor)
                for band in bands:
                    if band[0] <= reading < band[1]:
                        out.append(band[2])
                        break
        return out
    """
    new = applied(original)
    assert "reading = getattr(ticket, factor)\n" in new and "band_walked = bands\n" in new
    bands = [(0, 2, "low"), (2, 5, "mid"), (1, 9, "wide")]
    same_behaviour(original, new, [([1 + 3j, 2.5 + 1j, 3j, 1 + 3j], bands), ([], bands), ([1j], []),
                                   ([4 + 4j], tuple(bands)), ([1], bands)])
    assert rewrite(keep_first_matches, original.replace("getattr(ticket, factor)", "take(ticket, factor)")) is None


@pytest.mark.parametrize("module", ["textwrap", "difflib", "statistics", "email.utils", "calendar"])
def test_stdlib_functions_give_none_or_code_that_compiles(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = keep_first_matches(function)
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), "<rewrite>", "exec")


def test_the_recipe_is_registered() -> None:
    assert any(r.name == "first-match-kept-by-value" and r.apply is keep_first_matches for r in RECIPES)
