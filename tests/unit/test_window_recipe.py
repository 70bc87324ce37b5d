"""The window-prefix-sums recipe: `sum(xs[a:b])` in a loop reads prefix sums built once for
lists of ints, gives the same answers as slicing for every window (negative, clipped, empty,
floats, bools), and leaves alone loops where the list could change or the bounds have effects."""

from __future__ import annotations

import ast
import itertools
import random
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates, rewrite_with_recipes
from wattlens.optimize.windows import window_sums_from_prefix


def rewrite(source: str) -> str | None:
    function = cst.parse_module(textwrap.dedent(source)).body[0]
    assert isinstance(function, cst.FunctionDef)
    rewritten = window_sums_from_prefix(function)
    return None if rewritten is None else cst.Module([rewritten]).code


def outcome(source: str, *args: object) -> str:
    scope: dict[str, object] = {"itertools": itertools}
    exec(textwrap.dedent(source), scope)
    function = scope["f"]
    assert callable(function)
    try:
        return repr(function(*args)) + " " + repr(args)  # repr tells 3 from 3.0 and True from 1
    except Exception as error:  # the exception is the outcome
        return f"{type(error).__name__}: {error}"


RANDOM = random.Random(7)
SEQUENCES: list[object] = [
    [], [5], [1, 2, 3, 4, 5, 6, 7], (3, -1, 4, -1, 5, -9), [RANDOM.randint(-100, 100) for _ in range(60)],
    [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [True, False, True, 2, 3], [1, 2.5, 3], [10**20, -(10**20), 1],
]


def same_behaviour(original: str, rewritten: str, *extra: object) -> None:
    for sequence in SEQUENCES:
        for k in (0, 1, 2, 3, 5, 100, -2):
            args = (list(sequence) if isinstance(sequence, list) else sequence, k, *extra)
            assert outcome(rewritten, *args) == outcome(original, *args), (sequence, k)


MOVING = """
def f(xs, k):
    out = []
    for i in range(len(xs) - k + 1):
        out.append(sum(xs[i:i + k]) / max(k, 1))
    return out
"""


def test_a_moving_window_reads_prefix_sums_built_once() -> None:
    rewritten = rewrite(MOVING)
    assert rewritten is not None
    assert "xs_prefix = list(itertools.accumulate(xs, initial=0)) if isinstance(xs, (list, tuple))" in rewritten
    assert "xs_prefix[high] - xs_prefix[low] if xs_prefix is not None and 0 <= (low := i) <= (high := i + k)" \
        in rewritten
    assert "else sum(xs[i:i + k])" in rewritten
    same_behaviour(MOVING, rewritten)


@pytest.mark.parametrize("source", [
    """
    def f(xs, k):
        return [sum(xs[j - k + 1:j + 1]) for j in range(len(xs))]
    """,
    """
    def f(xs, k):
        return [sum(xs[:j]) - sum(xs[j:]) for j in range(-3, len(xs) + 3)]
    """,
    """
    def f(xs, k):
        best, at = None, -1
        for start in range(len(xs)):
            total = sum(xs[start:start + k])
            if best is None or total > best:
                best, at = total, start
        return best, at
    """,
    """
    def f(xs, k):
        seen = {}
        if k > 0:
            for i in range(0, len(xs), k):
                seen[i] = sum(xs[i:i + k])
        return seen
    """,
    """
    def f(xs, k):
        total = 0
        i = 0
        while i + k <= len(xs):
            total += sum(xs[i:i + k])
            i += 1
        return total
    """,
])
def test_windows_of_every_shape_give_the_same_sums(source: str) -> None:
    rewritten = rewrite(source)
    assert rewritten is not None and "_prefix" in rewritten
    same_behaviour(source, rewritten)


def test_a_local_bound_outside_the_block_is_known() -> None:
    source = """
    def f(xs, k):
        data = list(xs)
        if k >= 0:
            return [sum(data[i:i + k]) for i in range(len(data))]
        return []
    """
    rewritten = rewrite(source)
    assert rewritten is not None and "data_prefix" in rewritten
    same_behaviour(source, rewritten)


def test_a_second_application_changes_nothing() -> None:
    rewritten = rewrite(MOVING)
    assert rewritten is not None
    assert rewrite(rewritten) is None


def test_the_recipe_is_offered_by_name() -> None:
    names = [recipe.name for recipe, _ in rewrite_with_recipes(textwrap.dedent(MOVING))]
    assert "window-prefix-sums" in names


def test_the_itertools_import_is_added_where_the_module_lacks_it(tmp_path: Path) -> None:
    (tmp_path / "stock.py").write_text('"""Stock."""\n\nimport json\n\n' + textwrap.dedent(MOVING))
    [candidate] = [c for c in recipe_candidates(extract_target(tmp_path, Path("stock.py"), "f"))
                   if c.id.startswith("recipe-window-prefix-sums-")]
    assert "+import itertools\n" in candidate.diff
    scope: dict[str, object] = {}
    exec(candidate.new_source, {"itertools": itertools}, scope)
    (tmp_path / "stock2.py").write_text("import itertools\n\n" + textwrap.dedent(MOVING))
    [again] = [c for c in recipe_candidates(extract_target(tmp_path, Path("stock2.py"), "f"))
               if c.id.startswith("recipe-window-prefix-sums-")]
    assert "import" not in "".join(line for line in again.diff.splitlines() if line.startswith("+"))


@pytest.mark.parametrize("source", [
    # the list changes in the loop, through itself or a call that could hold it
    """
    def f(xs, k):
        out = []
        for i in range(len(xs)):
            out.append(sum(xs[i:i + k]))
            xs.append(1)
        return out
    """,
    """
    def f(xs, k):
        out = []
        for i in range(len(xs)):
            out.append(sum(xs[i:i + k]))
            log(xs)
        return out
    """,
    """
    def f(xs, k):
        out = []
        for i in range(len(xs)):
            out.append(sum(xs[i:i + k]))
            step()
        return out
    """,
    """
    def f(xs, k, other):
        out = []
        for i in range(len(xs)):
            other[0] = sum(xs[i:i + k])
        return out
    """,
    """
    def f(xs, k, acc):
        for i in range(len(xs)):
            acc += [sum(xs[i:i + k])]
        return acc
    """,
    """
    def f(xs, k):
        acc = xs
        for i in range(len(xs)):
            acc += [sum(xs[i:i + k])]
        return acc
    """,
    """
    def f(xs, k):
        for i in range(len(xs)):
            yield sum(xs[i:i + k])
    """,
    # the bounds have effects, a step, a start value, a shadowed name, a global list
    """
    def f(xs, k):
        it = iter(range(100))
        return [sum(xs[i:next(it)]) for i in range(len(xs))]
    """,
    """
    def f(xs, k):
        return [sum(xs[i:i + k:2]) for i in range(len(xs))]
    """,
    """
    def f(xs, k):
        return [sum(xs[i:i + k], 10) for i in range(len(xs))]
    """,
    """
    def f(xs, k, sum=sum):
        return [sum(xs[i:i + k]) for i in range(len(xs))]
    """,
    """
    def f(xs, k):
        import more_itertools as itertools
        return [sum(xs[i:i + k]) for i in range(len(xs))]
    """,
    """
    def f(k):
        return [sum(DATA[i:i + k]) for i in range(len(DATA))]
    """,
    """
    def f(self, k):
        return [sum(self.xs[i:i + k]) for i in range(len(self.xs))]
    """,
    # summed once, not in a loop
    """
    def f(xs, k):
        return sum(xs[0:k])
    """,
])
def test_left_alone(source: str) -> None:
    assert rewrite(source) is None


def test_the_stdlib_is_rewritten_without_error() -> None:
    import difflib
    import statistics

    for module in (statistics, difflib, ast, textwrap):
        assert module.__file__ is not None
        tree = cst.parse_module(Path(module.__file__).read_text())
        for function in [n for n in tree.body if isinstance(n, cst.FunctionDef)]:
            rewritten = window_sums_from_prefix(function)
            if rewritten is not None:
                compile(cst.Module([rewritten]).code, module.__name__, "exec")
