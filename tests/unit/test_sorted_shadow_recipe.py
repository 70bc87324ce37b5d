"""The sorted-once-kept recipe: a list sorted again on every pass of a loop that only takes items out of
it is sorted once, and the object each `remove` takes out is taken out of the sorted copy too.  The
rewrites it makes, that the rewritten function answers like the original (results, exceptions with their
messages, the arguments afterwards) on many inputs, equal items that differ (1, 1.0, True) and NaN keys
included, and the shapes it must leave alone."""

from __future__ import annotations

import random

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import outcome, rewrite, same_behaviour, stdlib_functions
from wattlens.optimize import purity
from wattlens.optimize.recipes import RECIPES
from wattlens.optimize.sorted_shadow import keep_sorted_copy

DRAFT = """
def f(pool_in, wants):
    pool = list(pool_in)
    picks = []
    for want in wants:
        choice = None
        for item in sorted(pool, key=lambda v: (abs(v) if v == v else 0, str(v))):
            if want is None or item >= want:
                choice = item
                break
        if choice is None:
            picks.append(None)
            continue
        pool.remove(choice)
        picks.append((choice, len(pool)))
    return picks, pool
"""


def applied(source: str) -> str:
    new = rewrite(keep_sorted_copy, source)
    assert new is not None, source
    compile(new, "<rewrite>", "exec")
    assert rewrite(keep_sorted_copy, new) is None
    return new


def draft_cases(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    pools: list[list[object]] = [
        list(range(-5, 8)), [1, 1.0, True, 2, 2.0, 0, 0.0, -0.0, False], [0.5, 1.5, -2.5, 3.25, float("inf")],
        [0.5, float("nan"), 1.5, 2.0], [1, 2, "a"], [3, 1, 2, 1, 3, 1],
    ]
    cases: list[tuple[object, ...]] = [([], []), ([1], [None]), ([1], [None, None]), ([2, 1], [5, None, 0])]
    for _ in range(300):
        pool = rng.choice(pools)
        items = [rng.choice(pool) for _ in range(rng.choice([0, 1, 3, 8, 25, 60]))]
        wants = [rng.choice([None, -1, 0, 1, 2, 5]) for _ in range(rng.choice([0, 2, 6, 30]))]
        cases.append((items, wants))
    return cases


def test_a_pool_sorted_on_every_pick_is_sorted_once_and_kept() -> None:
    new = applied(DRAFT)
    assert "        for item in (pool_sorted[:] if pool_sorted is not None else sorted(pool, key=lambda v:" in new
    assert "            pool_at = pool.index(pool_item) if pool_sorted is not None else None\n" in new
    same_behaviour(DRAFT, new, draft_cases(1))


def test_a_removal_of_what_is_not_there_raises_as_before() -> None:
    original = DRAFT.replace("        pool.remove(choice)\n", "        pool.remove(choice)\n        pool.remove(99)\n")
    new = applied(original)
    assert outcome(new, [3, 1, 99], [None, None]) == outcome(original, [3, 1, 99], [None, None])
    assert outcome(new, [3, 1], [None]).startswith("ValueError: list.remove(x): x not in list")


RECORD = """
from dataclasses import dataclass

@dataclass(frozen=True)
class Player:
    name: str
    points: float
"""

RECORDS_DRAFT = """
def f(players, rounds):
    pool = list(players)
    taken = []
    for _ in range(rounds):
        best = sorted(pool, key=lambda p: (-p.points, p.name), reverse=False)
        if not best:
            break
        taken.append(best[0].name)
        pool.remove(best[0])
    return taken, [p.name for p in pool]
"""


def test_objects_of_a_frozen_record_class_are_kept() -> None:
    trusted = purity.Trusted(pure=frozenset({"Player"}), frozen_records={"Player": frozenset({"name", "points"})})
    with purity.trusting(trusted):
        new = rewrite(keep_sorted_copy, RECORDS_DRAFT)
    assert new is not None
    assert "pool_kinds = (int, str, float, bool, bytes, type(None), Player)" in new
    rng = random.Random(2)
    cases = []
    for _ in range(100):
        names = [rng.choice("abcdef") for _ in range(rng.choice([0, 1, 4, 20]))]
        cases.append(([f"Player({n!r}, {rng.choice([1.0, 2.0, 3.5, float('nan')])!r})" for n in names],
                      rng.choice([0, 1, 3, 30])))
    for players, rounds in cases:
        call = f"f([{', '.join(players)}], {rounds})".replace("nan", "float('nan')")
        scope_new: dict[str, object] = {}
        scope_old: dict[str, object] = {}
        exec(RECORD + new, scope_new)
        exec(RECORD + RECORDS_DRAFT, scope_old)
        assert repr(eval(call, scope_new)) == repr(eval(call, scope_old)), call


def loop(start: str = "list(items)", sort: str = "sorted(pool)", inside: str = "", before: str = "",
         params: str = "items, n") -> str:
    return (f"def f({params}):\n    pool = {start}\n    out = []\n{before}    for _ in range(n):\n"
            f"        ranked = {sort}\n        if not ranked:\n            break\n        out.append(ranked[0])\n"
            f"        pool.remove(ranked[0])\n{inside}    return out, pool\n")


@pytest.mark.parametrize("source", [
    loop(inside="        pool.append(1)\n"),
    loop(inside="        pool.sort()\n"),
    loop(inside="        pool[0] = 1\n"),
    loop(inside="        del pool[0]\n"),
    loop(inside="        pool = pool[1:]\n"),
    loop(inside="        keep = pool\n"),
    loop(inside="        print(pool)\n"),
    loop(inside="        g = lambda: pool.remove(1)\n"),
    loop(inside="        ranked = sorted(pool, reverse=True)\n"),
    loop(sort="sorted(pool, key=lambda v: -v)", inside="        ranked = sorted(pool)\n"),
    loop(sort="sorted(pool, key=rank)", params="items, n, rank"),
    loop(sort="sorted(pool, key=lambda v: v - step)", before="    step = 0\n", inside="        step += 1\n"),
    loop(sort="sorted(pool, key=lambda v: weights[v])", before="    weights = {}\n",
         inside="        weights[ranked[0]] = 1\n"),
    loop(start="items"),
    loop(before="    keep(pool)\n", params="items, n, keep"),
    loop(before="    alias = pool\n"),
    loop().replace("    pool = ", "    global pool\n    pool = ", 1),
    loop(before="    sorted = list\n"),
    loop(inside="        pool.remove(pool[0])\n"),
])
def test_left_alone(source: str) -> None:
    assert rewrite(keep_sorted_copy, loop()) is not None  # the shape without the change
    compile(source, "<case>", "exec")
    assert rewrite(keep_sorted_copy, source) is None, source


def test_the_bare_shape_answers_as_before() -> None:
    original = loop()
    new = applied(original)
    rng = random.Random(3)
    pools: list[list[object]] = [[1, 1.0, True, 2, 0.5], [3, "a"], [(1, "a"), (1, "b"), (0, "z")], [float("nan"), 1.0]]
    cases = [([rng.choice(p) for _ in range(rng.choice([0, 2, 9, 40]))], rng.choice([0, 3, 50]))
             for p in pools for _ in range(40)]
    same_behaviour(original, new, cases)


def test_the_recipe_is_registered() -> None:
    assert "sorted-once-kept" in [recipe.name for recipe in RECIPES]


@pytest.mark.parametrize("module", ["difflib", "heapq", "textwrap", "tokenize", "graphlib", "argparse", "sched"])
def test_stdlib_functions_give_none_or_code_that_compiles(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = keep_sorted_copy(function)
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), f"<{module}.{function.name.value}>", "exec")
