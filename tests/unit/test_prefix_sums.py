"""prefix-sum-carried: sums over a growing prefix `xs[:stop]` carried on from the last one, exactly."""

from __future__ import annotations

import copy
import random
import re
import textwrap
from decimal import Decimal
from fractions import Fraction

import pytest

from tests.unit.recipe_outcomes import named_outcome
from wattlens.optimize.recipes import rewrite_with_recipes

CURVE = """
def curve(values, scale):
    ranked = list(values)
    points = []
    for count in range(1, len(ranked) + 1):
        poorest = ranked[:count]
        share = sum(v * scale for v in poorest if v != 3)
        plain = sum(ranked[:count])
        shrinking = sum(ranked[:len(ranked) - count])
        points.append((share, plain, shrinking))
    return points
"""

PAIRS = """
def running_means(pairs):
    means = []
    for end in range(len(pairs)):
        weight = sum(w for w, _ in pairs[:end + 1])
        means.append(sum(w * x for w, x in pairs[0:end + 1]) / weight if weight else None)
    return means
"""


def carried(source: str) -> str | None:
    rewritten = {recipe.name: text for recipe, text in rewrite_with_recipes(textwrap.dedent(source))}
    found = rewritten.get("prefix-sum-carried")
    return None if found is None else "import sys\n" + found


def test_growing_prefix_sums_are_carried_and_give_the_same_objects() -> None:
    """Floats of every magnitude, ints past a C long, bools, NaN and infinities, Decimals and Fractions
    (handed out afresh), and items that cannot be added (None, a str): the same sums, or the same error."""
    new = carried(CURVE)
    assert new is not None and len(re.findall(r"_sum_upto\d*\(stop\) if", new)) == 3
    assert "sys.version_info < (3, 12)" in new  # Python 3.12's sum compensates float rounding
    rng = random.Random(41)
    makers = [lambda: rng.random() * 10 ** rng.randint(-5, 20), lambda: rng.randint(-10, 10), lambda: 2 ** 70,
              lambda: True, lambda: float("nan"), lambda: float("inf"), lambda: -float("inf"), lambda: 0.1,
              lambda: 1e308, lambda: Decimal("1.1"), lambda: Fraction(1, 3), lambda: None, lambda: "x", lambda: 3]
    for _ in range(1500):
        kinds = rng.sample(makers, rng.randint(1, 4))
        values = [rng.choice(kinds)() for _ in range(rng.choice([0, 1, 2, 5, 30]))]
        case = (values, rng.choice([1, 0.1, 2.5, 3, True]))
        assert named_outcome(new, "curve", *copy.deepcopy(case)) \
            == named_outcome(CURVE, "curve", *copy.deepcopy(case)), case


def test_pairs_unpacked_from_a_prefix_starting_at_zero_are_carried() -> None:
    new = carried(PAIRS)
    assert new is not None and len(re.findall(r"_sum_upto\d*\(stop\) if", new)) == 2
    rng = random.Random(42)
    cases: list[list[object]] = [[], [(0, 1.5)], [(1, 2)], [(1, 2, 3)], [None], [(0.1, 0.2)] * 20]
    cases += [[(rng.choice([0, 1, 0.5, 2.25]), rng.uniform(-1e6, 1e6)) for _ in range(rng.randint(0, 40))]
              for _ in range(200)]
    for pairs in cases:
        assert named_outcome(new, "running_means", copy.deepcopy(pairs)) \
            == named_outcome(PAIRS, "running_means", copy.deepcopy(pairs)), pairs


SHARES = """
def shares(values, scale):
    ranked = list(values)
    out = []
    for count in range(1, len(ranked) + 1):
        poorest = ranked[:count]
        out.append(sum(v * scale for v in poorest))
    return out
"""


def test_the_single_sum_is_carried() -> None:
    new = carried(SHARES)
    assert new is not None and "_sum_upto(stop) if" in new
    assert named_outcome(new, "shares", [0.1] * 10, 3) == named_outcome(SHARES, "shares", [0.1] * 10, 3)


@pytest.mark.parametrize(("change", "why"), [
    (("        out.append(", "        ranked[0] = 1\n        out.append("), "the list changes in the loop"),
    (("        out.append(", "        poorest[0].seen = True\n        out.append("), "an item may change in the loop"),
    (("        out.append(", "        scale = count\n        out.append("), "a term reads a name the loop binds"),
    (("v * scale for", "v * print(v) for"), "an impure term"),
    (("poorest = ranked[:count]", "poorest = ranked[1:count]"), "a prefix not starting at the first item"),
    (("sum(v * scale for v in poorest))", "sum((v * scale for v in poorest), 0.0))"), "a start value"),
    (("poorest = ranked[:count]", "poorest = ranked[:count:2]"), "a step"),
    (("    return out\n", "    poorest = []\n    return out\n"), "the prefix's name bound twice"),
    (("        poorest = ranked[:count]\n", "        end = count\n        poorest = ranked[:end]\n        end = 0\n"),
     "the prefix's end read from a name the loop binds"),
])
def test_other_sums_are_left_alone(change: tuple[str, str], why: str) -> None:
    assert change[0] in SHARES
    assert carried(SHARES.replace(*change)) is None, why
