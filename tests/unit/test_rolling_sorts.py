"""The sorted-window-kept recipe: a window sorted again on every pass while it slides forward is kept sorted
from pass to pass; the rewrite answers like the original (windows that jump or move back, gaps, equal
values of different kinds, NaN, signed zeros, bools, texts), and the shapes it must leave alone are left
alone."""

from __future__ import annotations

import random

import pytest

from tests.unit.recipe_outcomes import outcome, rewrite
from wattlens.optimize import rolling_sorts
from wattlens.optimize.rolling_sorts import keep_windows_sorted

LEVELS = '''
def f(levels, window, steps):
    out = []
    for second in steps:
        start = max(0, second - window + 1)
        ordered = sorted((value for value in levels[start:second + 1] if value is not None), reverse=True)
        if ordered:
            ordered.append("seen")
        out.append(ordered)
    return out
'''

PLAIN = '''
def f(xs, k):
    out = []
    i = 0
    while i < len(xs):
        part = sorted(xs[i:i + k])
        out.append(part[len(part) // 2] if part else None)
        i += 1
    return out
'''

PRELUDE = "import bisect\n" + rolling_sorts.companions(None)[0]  # type: ignore[arg-type]  # (not needed)


def test_a_sliding_window_is_kept_sorted_and_answers_alike() -> None:
    new = rewrite(keep_windows_sorted, LEVELS)
    assert new is not None and "ordered = _sorted_window(levels, start, second + 1, ordered_window, True, True)" in new
    for seed in range(200):
        rng = random.Random(seed)
        kind = rng.choice(["int", "float", "odd"])
        pool = {"int": [1, 2, 2, 3, 7, -4, None, 10**20], "float": [1.5, 2.5, 2.5, -0.5, None, 1e300],
                "odd": [1, 1.0, True, 0.0, -0.0, float("nan"), None, "a", 2]}[kind]
        levels = [rng.choice(pool) for _ in range(rng.randrange(25))]
        steps = sorted(rng.randrange(-2, 28) for _ in range(rng.randrange(20)))
        if rng.random() < 0.3:  # a window that moves back, or repeats
            rng.shuffle(steps)
        args = (levels if rng.random() < 0.9 else tuple(levels), rng.choice([1, 3, 6, 0]), steps)
        assert outcome(new, *args, prelude=PRELUDE) == outcome(LEVELS, *args), args
    # an int kept, then an equal float entering: descending, a stable sort keeps them in the window's order
    args = ([1, 1.0], 2, [0, 1])
    assert outcome(new, *args, prelude=PRELUDE) == outcome(LEVELS, *args) == repr(([[1, "seen"], [1, 1.0, "seen"]],
                                                                                   args))


def test_a_plain_slice_in_a_while_loop() -> None:
    new = rewrite(keep_windows_sorted, PLAIN)
    assert new is not None and "part = _sorted_window(xs, i, i + k, part_window, False, False)" in new
    for xs, k in [([5, 1, 4, 1, 3], 2), ([2.0, 1.0, None], 2), ([], 3), ([3, 1, 2], 0), ([1, 2], -1), (["b", "a"], 2)]:
        assert outcome(new, xs, k, prelude=PRELUDE) == outcome(PLAIN, xs, k), (xs, k)


@pytest.mark.parametrize(("change", "why"), [
    (("        out.append(ordered)\n", "        out.append(ordered)\n        levels.append(1)\n"), "the list changes"),
    (("if value is not None)", "if value)"), "another filter"),
    (("sorted((value for", "sorted((-value for"), "the items changed on the way"),
    (("reverse=True)", "key=abs)"), "a key"),
    (("reverse=True)", "reverse=bool(window))"), "an order worked out"),
])
def test_shapes_it_must_leave_alone(change: tuple[str, str], why: str) -> None:
    source = LEVELS.replace(*change)
    assert source != LEVELS, why
    assert rewrite(keep_windows_sorted, source) is None, why
