"""The window-loop-from-running-sums recipe: an inner loop adding up a window of a list item by item reads
the window's total and count from running sums built once; the rewrite answers like the original (gaps,
windows past the ends, floats, bools and other items that fall back), and the shapes it must leave alone
are left alone."""

from __future__ import annotations

import random

import pytest

from tests.unit.recipe_outcomes import outcome, rewrite
from wattlens.optimize.window_loops import window_totals_from_running_sums

SMOOTHED = '''
def f(readings, window, ahead=1):
    smoothed = []
    for index in range(len(readings)):
        total = 0
        count = 0
        for position in range(max(0, index - window + 1), index + ahead):
            value = readings[position]
            if value is not None:
                total += value
                count += 1
        smoothed.append(total / count if count else None)
    return smoothed
'''

PLAIN = '''
def f(xs, k):
    out = []
    for i in range(len(xs)):
        total = 0
        for j in range(i + k):
            total += xs[j]
        out.append(total)
    return out
'''


def test_window_totals_and_counts_come_from_running_sums() -> None:
    new = rewrite(window_totals_from_running_sums, SMOOTHED)
    assert new is not None
    assert "readings_sums = list(itertools.accumulate(" in new and "count += readings_counts[high]" in new
    prelude = "import itertools\n"
    for seed in range(150):
        rng = random.Random(seed)
        kind = rng.choice(["int", "int", "float", "bool", "mixed"])
        pool = {"int": [rng.randrange(-500, 500) for _ in range(5)] + [None, 10**30],
                "float": [1.5, 0.1, None, 1e16], "bool": [True, 3, None], "mixed": [1, None, "2"]}[kind]
        readings = [rng.choice(pool) for _ in range(rng.randrange(30))]
        args = (readings if rng.random() < 0.8 else tuple(readings), rng.choice([1, 3, 7, 0, -2]),
                rng.choice([1, 1, 2, 0]))  # ahead 2 reads past the end: IndexError, as before
        assert outcome(new, *args, prelude=prelude) == outcome(SMOOTHED, *args), args


def test_a_window_without_gaps_counts_by_its_bounds() -> None:
    new = rewrite(window_totals_from_running_sums, PLAIN)
    assert new is not None and "total += xs_sums[high] - xs_sums[low]" in new
    for xs, k in [([1, 2, 3, 4], 0), ([5, -1, 2], -1), ([], 2), ([2**70, 1], 1), ([1, 2], 3), ([1.5, 2], 1)]:
        assert outcome(new, xs, k, prelude="import itertools\n") == outcome(PLAIN, xs, k), (xs, k)


@pytest.mark.parametrize(("change", "why"), [
    (("        total = 0\n", "        total = 0.0\n"), "a float start adds with rounding"),
    (("                count += 1\n", "                count += 1\n                readings.append(0)\n"),
     "the list changes"),
    (("        smoothed.append(total / count if count else None)\n",
      "        smoothed.append(total / count if count else value)\n"), "the item variable read after the loop"),
    (("                total += value\n", "                total += value * 2\n"), "something else added"),
    (("            if value is not None:\n", "            if value:\n"), "another filter"),
])
def test_shapes_it_must_leave_alone(change: tuple[str, str], why: str) -> None:
    source = SMOOTHED.replace(*change)
    assert source != SMOOTHED, why
    assert rewrite(window_totals_from_running_sums, source) is None, why
