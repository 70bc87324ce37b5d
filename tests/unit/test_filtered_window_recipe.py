"""filtered-window-totals: a window's passing items gathered in a list only to be summed and
counted → running sums and counts built once, the list as before where they cannot be exact."""

from __future__ import annotations

import ast
import random
import statistics
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import rewrite as rewrite_with
from tests.unit.recipe_outcomes import same_behaviour
from wattlens.optimize.recipes import rewrite_with_recipes
from wattlens.optimize.windows import filtered_window_totals

PRELUDE = "import itertools\n"

ROLLING = """
def f(values, window, min_valid):
    means = []
    for end in range(len(values)):
        if end + 1 < window:
            means.append(None)
            continue
        valid = [v for v in values[end + 1 - window : end + 1] if v is not None]
        means.append(round(sum(valid) / len(valid), 1) if len(valid) >= min_valid else None)
    return means
"""


def rewrite(source: str) -> str | None:
    return rewrite_with(filtered_window_totals, source)


def readings(rng: random.Random, n: int) -> list[int | None]:
    return [None if rng.random() < 0.3 else rng.randrange(0, 80) for _ in range(n)]


def test_a_rolling_mean_over_gaps_reads_running_totals() -> None:
    new = rewrite(ROLLING)
    assert new is not None
    assert "itertools.accumulate((v if v is not None else 0 for v in values), initial=0)" in new
    assert "valid = None" in new and "(valid_len if valid is None else len(valid))" in new
    rng = random.Random(7)
    cases: list[tuple[object, ...]] = [(readings(rng, 200), 24, 18), (readings(rng, 50), 5, 1), ([], 3, 1),
                                       ([None] * 10, 3, 1), ((1, 2, None, 4), 2, 1), ([True, 2, None], 2, 1)]
    # floats, a str and a window longer than the readings run the list as before (same errors too)
    cases += [([1.5, None, 2.25, 0.1], 2, 1), ([1, "x", None], 2, 1), ([1, 2, 3], 5, 1), ([1, None], 1, 1)]
    same_behaviour(ROLLING, new, cases, prelude=PRELUDE)


def test_a_test_on_the_value_is_checked_before_the_build() -> None:
    source = ROLLING.replace("if v is not None]", "if v > limit]")
    source = source.replace("window, min_valid", "window, min_valid, limit")
    new = rewrite(source)
    assert new is not None and "type(limit) is int" in new
    rng = random.Random(3)
    data = [rng.randrange(-5, 20) for _ in range(120)]
    cases: list[tuple[object, ...]] = [(data, 10, 1, 4), (data, 10, 1, 4.5), (data, 3, 1, 100), ([1, None, 2], 2, 1, 0)]
    same_behaviour(source, new, cases, prelude=PRELUDE)


def test_a_second_application_changes_nothing() -> None:
    new = rewrite(ROLLING)
    assert new is not None and rewrite(new) is None


def test_the_recipe_is_offered_by_name() -> None:
    assert "filtered-window-totals" in [r.name for r, _ in rewrite_with_recipes(textwrap.dedent(ROLLING))]


@pytest.mark.parametrize("change", [
    ("means.append(round(", "means.append(valid[0] if valid else round("),    # the list read otherwise
    ("if v is not None]", "if check(v)]"),                                  # a test the counts cannot run ahead
    ("values[end + 1 - window : end + 1]", "values[end - window : end : 2]"),  # a step
    ("    return means", "    return means, valid"),                         # read after the loop
    ("        means.append(round(", "        values.append(0)\n        means.append(round("),  # the items change
    ("[v for v in values", "[v * 2 for v in values"),                        # not the items themselves
])
def test_left_alone(change: tuple[str, str]) -> None:
    source = ROLLING.replace(*change)
    assert source != ROLLING
    assert rewrite(source) is None


def test_the_stdlib_is_rewritten_without_error() -> None:
    for module in (statistics, ast, textwrap, random):
        assert module.__file__ is not None
        tree = cst.parse_module(Path(module.__file__).read_text())
        for function in [n for n in tree.body if isinstance(n, cst.FunctionDef)]:
            rewritten = filtered_window_totals(function)
            if rewritten is not None:
                compile(cst.Module([rewritten]).code, module.__name__, "exec")
