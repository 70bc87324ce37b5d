"""The window-prefix-counts recipe: counting the items of a sliding window that pass a test
(an inner counting loop, `xs[a:b].count(v)`, `sum(1 for x in xs[a:b] if …)`, `sum(… for x in
xs[a:b])`) reads running counts built once, gives the same answers as the original for every
window and every sequence (strs, lists of strs or ints, mixed items, windows off either end),
and leaves alone loops whose test, counter or loop variable it cannot vouch for."""

from __future__ import annotations

import ast
import itertools
import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import rewrite as rewrite_with
from tests.unit.recipe_outcomes import same_behaviour
from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates, rewrite_with_recipes
from wattlens.optimize.windows import window_counts_from_prefix

PRELUDE = "import itertools\nVOWELS = 'aeiouAEIOU'\nODD = frozenset({1, 3, 5, 7, 9})\n"
RANDOM = random.Random(11)


def rewrite(source: str) -> str | None:
    return rewrite_with(window_counts_from_prefix, source)


def dna(n: int) -> str:
    return "".join(RANDOM.choice("ACGTacgtN") for _ in range(n))


SEQUENCES: list[object] = [
    "", "G", "GATTACA", dna(40), dna(300), "Hello World, Again 42!",
    list("GATTACA"), tuple("gcGCat"), ["GC", "A", "", "gc", "T"],            # strs of every length
    [], [3], [5, -1, 0, 12, 7, 7, -20, 9, 10, 11], tuple(RANDOM.randint(-15, 15) for _ in range(50)),
    [1, "G", 2.5, None, True, "c"], [None, 1, None, None, 0], [True, False, True], [1.0, 2.0, 7.5],
    [10**30, -(10**30), 0], ("a", 1),
]
WINDOWS = (0, 1, 2, 3, 5, 7, 250, -2)


def cases(*extra: object) -> list[tuple[object, ...]]:
    return [(list(s) if isinstance(s, list) else s, k, *extra) for s in SEQUENCES for k in WINDOWS]


GC_CONTENT = """
def f(seq, k, step):
    out = []
    for start in range(0, len(seq) - k + 1, step):
        hits = 0
        for ch in seq[start:start + k]:
            if ch in "GCgc":
                hits += 1
        out.append(hits / k if k else hits)
    return out
"""


def test_a_counting_loop_reads_running_counts_built_once() -> None:
    rewritten = rewrite(GC_CONTENT)
    assert rewritten is not None
    assert ('seq_counts = list(itertools.accumulate((ch in "GCgc" for ch in seq), initial=0)) '
            "if (type(seq) is str or type(seq) in (list, tuple) and all(type(v) is str for v in seq)) "
            "else None") in rewritten
    assert ("if seq_counts is not None and 0 <= (low := start) <= (high := start + k) < len(seq_counts):\n"
            "            hits = seq_counts[high] - seq_counts[low]\n        else:\n"
            "            for ch in seq[start:start + k]:") in rewritten
    # steps of 1, 3 and longer than most windows; 0 raises the same ValueError in both
    same_behaviour(GC_CONTENT, rewritten, [c for step in (1, 3, 9, 0) for c in cases(step)], PRELUDE)


def test_a_long_dna_string_gives_the_same_fractions() -> None:
    rewritten = rewrite(GC_CONTENT)
    assert rewritten is not None
    same_behaviour(GC_CONTENT, rewritten, [(dna(3000), 250, 1), (dna(999), 13, 4), (dna(20), 40, 1)], PRELUDE)


@pytest.mark.parametrize("source", [
    # `.count` of one character, of a substring (not decomposable: the slow path), of ints
    """
    def f(seq, k):
        return [seq[i:i + k].count("G") for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [seq[i:i + k].count("GA") for i in range(len(seq) + 2)]
    """,
    """
    def f(seq, k):
        return [seq[i:i + k].count(7) + seq[i:i + k].count(-1) for i in range(len(seq))]
    """,
    """
    def f(seq, k, value):
        return [seq[i - k:i].count(value) for i in range(len(seq) + 3)]
    """,
    # the generator forms, with tests on characters, ints and any item
    """
    def f(seq, k):
        return [sum(1 for c in seq[i:i + k] if c.isupper()) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(c in VOWELS for c in seq[i:]) - sum(c.isspace() or c == "!" for c in seq[:i])
                for i in range(-2, len(seq) + 2)]
    """,
    """
    def f(seq, k):
        return [sum(1 for v in seq[i:i + k] if 0 < v <= 10) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(v % 2 == 0 for v in seq[i:i + k]) + sum(v in ODD for v in seq[i:i + k])
                for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(v is not None for v in seq[i:i + k]) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(1 for v in seq[i:i + k] if not v > -2.5 and v != 0) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(1 for v in seq[i:i + k] if v in (1, 2, 3) or v == -1) for i in range(len(seq))]
    """,
    # inner loops: while, `not in`, a test against a parameter, windows from the end
    """
    def f(seq, k, letters="AT"):
        start = 0
        found = []
        while start + k <= len(seq):
            n = 0
            for ch in seq[start:start + k]:
                if ch not in letters:
                    n += 1
            found.append(n)
            start += 1
        return found
    """,
    """
    def f(seq, k):
        best = -1
        for end in range(len(seq), -1, -1):
            count: int = 0
            for x in seq[end - k:end]:
                if x == "G" or x == "g": count += 1
            best = max(best, count)
        return best
    """,
])
def test_counts_of_every_shape_are_the_same(source: str) -> None:
    rewritten = rewrite(source)
    assert rewritten is not None and "_counts" in rewritten
    same_behaviour(source, rewritten, cases(), PRELUDE)


def test_a_substring_or_a_value_of_another_type_is_counted_by_the_original() -> None:
    source = """
    def f(seq, k, value):
        return [seq[i:i + k].count(value) for i in range(len(seq))]
    """
    rewritten = rewrite(source)
    assert rewritten is not None
    assert "type(value) is str and (type(seq) is str and len(value) == 1 or" in rewritten
    values: list[object] = ["G", "GA", "", 7, 7.0, True, None, ["G"]]
    same_behaviour(source, rewritten, [c for v in values for c in cases(v)], PRELUDE)


def test_a_container_the_items_are_looked_up_in_is_checked_at_run_time() -> None:
    source = """
    def f(seq, k, wanted):
        out = []
        for i in range(len(seq)):
            hits = 0
            for x in seq[i:i + k]:
                if x in wanted:
                    hits += 1
            out.append(hits)
        return out
    """
    rewritten = rewrite(source)
    assert rewritten is not None
    wanted: list[object] = ["GC", {"G", "C"}, frozenset({7, 9}), {1, "G"}, ["G", 7], ("G",), 5, ""]
    same_behaviour(source, rewritten, [c for w in wanted for c in cases(w)], PRELUDE)


def test_random_strings_and_windows() -> None:
    source = """
    def f(seq, k, step):
        return [seq[i:i + k].count("a") - sum(1 for c in seq[i:i + k] if c in "bc")
                for i in range(-1, len(seq) - k + 2, step)]
    """
    rewritten = rewrite(source)
    assert rewritten is not None
    randomised = [("".join(RANDOM.choice("abcd") for _ in range(RANDOM.randint(0, 30))),
                   RANDOM.randint(-3, 35), RANDOM.randint(1, 12)) for _ in range(300)]
    same_behaviour(source, rewritten, randomised, PRELUDE)


def test_the_loop_variable_set_again_after_the_loop_is_no_obstacle_elsewhere() -> None:
    source = """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 0
            for ch in seq[i:i + k]:
                if ch.isdigit():
                    hits += 1
            out.append(hits)
        return out, [ch for ch in seq]
    """
    rewritten = rewrite(source)
    assert rewritten is None  # `ch` is read (in its own scope, but counted conservatively)


def test_a_second_application_changes_nothing() -> None:
    rewritten = rewrite(GC_CONTENT)
    assert rewritten is not None
    assert rewrite(rewritten) is None


def test_the_recipe_is_offered_by_name_and_brings_its_import(tmp_path: Path) -> None:
    names = [recipe.name for recipe, _ in rewrite_with_recipes(textwrap.dedent(GC_CONTENT))]
    assert "window-prefix-counts" in names
    (tmp_path / "gc.py").write_text('"""GC."""\n\nimport json\n\n' + textwrap.dedent(GC_CONTENT))
    [candidate] = [c for c in recipe_candidates(extract_target(tmp_path, Path("gc.py"), "f"))
                   if c.id.startswith("recipe-window-prefix-counts-")]
    assert "+import itertools\n" in candidate.diff
    scope: dict[str, object] = {"itertools": itertools}
    exec(candidate.new_source, scope)
    function = scope["f"]
    assert callable(function)
    assert function("GGCATTAC", 4, 2) == [0.75, 0.25, 0.25]


@pytest.mark.parametrize("source", [
    # the loop variable is read after the loop (it leaks), or the counter is misused
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 0
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 1
            out.append((hits, ch))
        return out
    """,
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 1
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 1
            out.append(hits)
        return out
    """,
    """
    def f(seq, k):
        out = []
        hits = 0
        for i in range(len(seq)):
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 1
            out.append(hits)
        return out
    """,
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 0
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 2
            out.append(hits)
        return out
    """,
    # anything else in the inner loop: else, break, another statement, an elif
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 0
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 1
            else:
                hits = -1
            out.append(hits)
        return out
    """,
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 0
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 1
                    break
            out.append(hits)
        return out
    """,
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 0
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 1
                out.append(ch)
            out.append(hits)
        return out
    """,
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 0
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 1
                elif ch == "C":
                    hits += 1
            out.append(hits)
        return out
    """,
    # tests that could raise, have effects, cost, or change from window to window
    """
    def f(seq, k):
        return [sum(1 for c in seq[i:i + k] if is_gc(c)) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(1 for c in seq[i:i + k] if c.startswith("G")) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(1 for c in seq[i:i + k] if c == seq[i]) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(1 for c in seq[i:i + k] if c > i) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(1 for v in seq[i:i + k] if v / 2 > 1) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(1 for v in seq[i:i + k] if v % 0 == 1) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(c.isupper() and c > 0 for c in seq[i:i + k]) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(1 for v in seq[i:i + k] if v in (1, 2) or v in ("G", "c")) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(c for c in seq[i:i + k]) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [sum(2 for c in seq[i:i + k] if c == "G") for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [seq[i:i + k].count(seq[i]) for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [[seq[i:i + k].count(b) for i in range(len(seq))] for b in "ACGT"]
    """,
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            out.append(sum(1 for c in seq[i:i + k] if c in wanted))
            wanted = "GC"
        return out
    """,
    # the sequence may change, the names mean something else, not in a loop at all
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            out.append(seq[i:i + k].count("G"))
            seq.append("G")
        return out
    """,
    """
    def f(seq, k, wanted):
        out = []
        for i in range(len(seq)):
            out.append(sum(1 for c in seq[i:i + k] if c in wanted))
            wanted.add("G")
        return out
    """,
    """
    def f(seq, k):
        for i in range(len(seq)):
            yield seq[i:i + k].count("G")
    """,
    """
    def f(seq, k, str=str):
        return [seq[i:i + k].count("G") for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        global DATA
        return [DATA[i:i + k].count("G") for i in range(len(DATA))]
    """,
    """
    def f(seq, k):
        return [seq[i:i + k:2].count("G") for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return [seq[i:next(k)].count("G") for i in range(len(seq))]
    """,
    """
    def f(seq, k):
        return seq[0:k].count("G")
    """,
    """
    def f(seq, k):
        out = []
        for i in range(len(seq)):
            hits = 0
            for ch in seq[i:i + k]:
                if ch == "G":
                    hits += 1
            out.append(hits)
        return out, locals()
    """,
])
def test_left_alone(source: str) -> None:
    assert rewrite(source) is None


def test_the_stdlib_is_rewritten_without_error() -> None:
    import difflib
    import statistics

    for module in (statistics, difflib, ast, textwrap, random):
        assert module.__file__ is not None
        tree = cst.parse_module(Path(module.__file__).read_text())
        for function in [n for n in tree.body if isinstance(n, cst.FunctionDef)]:
            rewritten = window_counts_from_prefix(function)
            if rewritten is not None:
                compile(cst.Module([rewritten]).code, module.__name__, "exec")
