"""The iterate-not-index recipe: the rewrites it makes, that the rewritten function answers
like the original (results, exceptions with their messages, and what happens to the
arguments), the shapes it must leave alone, and that it survives real code (the stdlib)."""

from __future__ import annotations

import argparse
import ast
import cmd
import difflib
import inspect
import io
import json
import random
import textwrap
from collections import deque
from collections.abc import Callable
from email import _header_value_parser as header_parser
from types import ModuleType, SimpleNamespace

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import outcome, same_behaviour
from wattlens.optimize.iteration import iterate_items, iterate_not_index


def rewrite(source: str) -> str | None:
    function = cst.parse_module(textwrap.dedent(source)).body[0]
    assert isinstance(function, cst.FunctionDef)
    rewritten, _ = iterate_items(function)  # the enumerate form too, which the recipe offers only with a plain loop
    return None if rewritten is None else cst.Module([]).code_for_node(rewritten)


def rewritten(source: str) -> str:
    """The rewrite, which must exist, and must be the recipe's last word (a second pass finds nothing)."""
    new = rewrite(source)
    assert new is not None, source
    assert rewrite(new) is None, new
    compile(new, "<rewritten>", "exec")
    return new


def loop(body: str = "total += xs[i]", before: str = "", after: str = "", header: str = "for i in range(len(xs)):",
         params: str = "xs") -> str:
    """`f(params)` summing with the loop `header`, `body` in it (several lines by \\n)."""
    inside = textwrap.indent(body, "        ")
    return f"def f({params}):\n    total = 0\n{before}    {header}\n{inside}\n{after}    return total\n"


# --- the plain form: for x in xs ------------------------------------------------------------------

SUM_CASES: list[tuple[object, ...]] = [
    ([],),
    ([5],),
    ([1, 2, 3, -4],),
    ((1.5, 2, True),),
    (range(10),),
    (b"abc",),
    (deque([3, 4]),),
    ([1, "a", 2],),  # TypeError: unsupported operand type(s) for +=: 'int' and 'str', at the same item
    ([[1]],),
    (list(range(1000)),),
]


def test_a_sum_iterates_the_items() -> None:
    original = loop()
    new = rewritten(original)
    assert "    for x in xs:\n        total += x\n" in new and "range" not in new
    same_behaviour(original, new, SUM_CASES)
    assert outcome(new, [1, "a"]) == "TypeError: unsupported operand type(s) for +=: 'int' and 'str'"


def test_an_argument_without_len_still_raises_type_error() -> None:
    # Documented difference: the same exception type, other words ("has no len()" / "is not iterable").
    original = loop()
    new = rewritten(original)
    assert outcome(original, 5) == "TypeError: object of type 'int' has no len()"
    assert outcome(new, 5) == "TypeError: 'int' object is not iterable"


def test_text_and_items_that_are_read_several_times() -> None:
    original = """
    def f(words, sep):
        out = ""
        for k in range(len(words)):
            if words[k] and words[k][0] != sep:
                out += words[k].upper() + sep
        return out
    """
    new = rewritten(original)
    assert "for word in words:" in new and "if word and word[0] != sep:" in new and "out += word.upper() + sep" in new
    same_behaviour(original, new, [([], "-"), (["ab", "", "-x", "c"], "-"), ("abc", "b"), (["a", 1], ","),
                                   (("x", None), "|")])


def test_the_item_s_contents_may_change() -> None:
    # `xs[i][0] = v` and `xs[i].append(v)` change an item, not which items xs holds.
    original = """
    def f(rows, v):
        for i in range(len(rows)):
            rows[i].append(v)
            rows[i][0] = rows[i][-1] * 2
        return rows
    """
    new = rewritten(original)
    assert "for row in rows:\n        row.append(v)\n        row[0] = row[-1] * 2\n" in new
    same_behaviour(original, new, [([], 1), ([[1], [2, 3]], 4), ([[0]] * 3, 5)])  # the same row three times
    error = "AttributeError: 'tuple' object has no attribute 'append'"
    assert outcome(new, [(1,)], 2) == outcome(original, [(1,)], 2) == error


def test_the_item_s_attributes_may_change() -> None:
    original = """
    def f(tasks):
        for i in range(len(tasks)):
            tasks[i].runs += 1
            tasks[i].done = tasks[i].runs > 1
        return [(t.runs, t.done) for t in tasks]
    """
    new = rewritten(original)
    assert "for task in tasks:\n        task.runs += 1\n        task.done = task.runs > 1\n" in new
    shared = SimpleNamespace(runs=0)
    same_behaviour(original, new, [([],), ([SimpleNamespace(runs=0), SimpleNamespace(runs=3)],), ([shared, shared],),
                                   ([SimpleNamespace()],)])  # AttributeError: … has no attribute 'runs'


def test_range_from_zero_and_a_length_taken_just_before() -> None:
    original = """
    def f(xs):
        out = []
        for i in range(0, len(xs)):
            out.append(xs[i] * 2)
        n = len(xs)
        for j in range(n):
            out.append(-xs[j])
        return out, n
    """
    new = rewritten(original)
    assert "for x in xs:\n        out.append(x * 2)" in new
    assert "n = len(xs)\n    for x2 in xs:\n        out.append(-x2)" in new
    same_behaviour(original, new, [([],), ([1, 2],), ((3,),), ("ab",)])


def test_names_for_the_items() -> None:
    cases = {"items": "item", "entries": "entry", "boxes": "box", "rows": "row", "grid": "row", "matrix": "row",
             "nums": "num", "xs2": "x", "rows_1": "row", "ids": "ids_item", "ifs": "ifs_item",
             "status": "status_item", "a": "a_item", "s": "char"}
    for sequence, item in cases.items():
        new = rewritten(f"def f({sequence}):\n    for i in range(len({sequence})):\n        print({sequence}[i])\n")
        assert f"for {item} in {sequence}:\n        print({item})\n" in new, new


def test_the_new_name_does_not_clash() -> None:
    original = """
    def f(xs, x, x2):
        out = []
        for i in range(len(xs)):
            out.append(xs[i] + x + x2)
        return out
    """
    new = rewritten(original)
    assert "for x3 in xs:\n        out.append(x3 + x + x2)" in new
    same_behaviour(original, new, [([1, 2], 10, 100), ([], 0, 0)])


def test_every_loop_and_loops_in_blocks() -> None:
    original = """
    def f(xs, ys, flag):
        total = 0
        if flag:
            for i in range(len(xs)):
                total += xs[i]
        else:
            try:
                for i in range(len(ys)):
                    total -= ys[i]
            except TypeError:
                total = None
        with open(__file__) as handle:
            for k in range(len(ys)):
                total = (total or 0) + ys[k]
        return total
    """
    new = rewritten(original)
    assert "for x in xs:" in new and "for y in ys:" in new and "for y2 in ys:" in new
    same_behaviour(original, new, [([1, 2], [3], True), ([1, 2], [3, "a"], False), ([], [], False)])


# --- nested loops over a grid -------------------------------------------------------------------

GRIDS: list[tuple[object, ...]] = [
    ([],),
    ([[]],),
    ([[1, 2], [3], []],),  # ragged
    ([(1, 2), [3, 4]],),
    ([[1, 2]] * 3,),  # the same row three times
    (["ab", "cd"],),  # TypeError: unsupported operand… int and str
    ([[i * j for j in range(30)] for i in range(30)],),
]


def test_a_grid_loop_iterates_rows_and_values() -> None:
    original = loop("for j in range(len(grid[i])):\n    total += grid[i][j]", header="for i in range(len(grid)):",
                    params="grid")
    new = rewritten(original)
    assert "    for row in grid:\n        for value in row:\n            total += value\n" in new
    same_behaviour(original, new, GRIDS)


def test_a_row_that_is_not_a_sequence() -> None:
    # The inner loop's `len(5)` and `for value in 5` both raise TypeError, in other words.
    original = loop("for j in range(len(grid[i])):\n    total += grid[i][j]", header="for i in range(len(grid)):",
                    params="grid")
    new = rewritten(original)
    assert outcome(original, [[1], 5]).startswith("TypeError: object of type 'int' has no len()")
    assert outcome(new, [[1], 5]).startswith("TypeError: 'int' object is not iterable")


def test_a_grid_changed_in_place_keeps_the_inner_index() -> None:
    original = """
    def f(grid, k):
        for i in range(len(grid)):
            for j in range(len(grid[i])):
                grid[i][j] *= k
        return grid
    """
    new = rewritten(original)
    # The rows are walked; each row's items are assigned to, so the inner loop keeps indexing.
    assert "for row in grid:\n        for j in range(len(row)):\n            row[j] *= k\n" in new
    same_behaviour(original, new, [([], 2), ([[1, 2], [3]], 2), ([[1, 2]] * 2, 3), ([[1], (2,)], 2), ([["a"]], 2)])


def test_a_grid_copied_by_position_uses_enumerate() -> None:
    original = """
    def f(grid):
        result = [[0] * len(row) for row in grid]
        for i in range(len(grid)):
            for j in range(len(grid[i])):
                result[i][j] = grid[i][j] * 2 + i - j
        return result
    """
    new = rewritten(original)
    assert "for i, row2 in enumerate(grid):\n        for j, value in enumerate(row2):\n" in new
    assert "result[i][j] = value * 2 + i - j" in new
    same_behaviour(original, new, GRIDS[:-2])


def test_a_grid_with_the_column_used_otherwise() -> None:
    original = """
    def f(grid, weights):
        total = 0
        for r in range(len(grid)):
            for c in range(len(grid[r])):
                total += grid[r][c] * weights[c]
        return total
    """
    new = rewritten(original)
    assert "for row in grid:\n        for c, value in enumerate(row):\n            total += value * weights[c]" in new
    same_behaviour(original, new, [([], []), ([[1, 2], [3]], [10, 20]), ([[1, 2, 3]], [1, 1]), ([[1]], {0: 5})])
    assert outcome(new, [[1, 2, 3]], [1, 1]) == "IndexError: list index out of range"


# --- the enumerate form ---------------------------------------------------------------------------


def test_a_position_used_otherwise_keeps_it_with_enumerate() -> None:
    original = """
    def f(xs):
        best, at = xs[0], 0
        for i in range(len(xs)):
            if xs[i] > best:
                best, at = xs[i], i
        return best, at
    """
    new = rewritten(original)
    assert "for i, x in enumerate(xs):\n        if x > best:\n            best, at = x, i\n" in new
    same_behaviour(original, new, [([3],), ([1, 5, 2, 5],), ((2, 1),), ([],), ([1, None],), ("hello",)])
    assert outcome(new, []) == "IndexError: list index out of range"
    assert outcome(new, [1, None]) == "TypeError: '>' not supported between instances of 'NoneType' and 'int'"


def test_another_sequence_indexed_by_the_position() -> None:
    original = """
    def f(xs, ys, out):
        for i in range(len(xs)):
            out.append(xs[i] * ys[i])
        return len(out)
    """
    new = rewritten(original)
    assert "for i, x in enumerate(xs):\n        out.append(x * ys[i])" in new
    cases: list[tuple[object, ...]] = [([1, 2], [3, 4], []), ([1, 2, 3], [3, 4], []), ([], [], [0]),
                                       ([2], {0: "a"}, []), ([1, 2], [3, 4], None)]
    same_behaviour(original, new, cases)
    assert outcome(new, [1, 2, 3], [3, 4], []) == "IndexError: list index out of range"


def test_the_position_read_after_the_loop() -> None:
    original = loop(after="    total += i\n")
    new = rewritten(original)
    assert "for i, x in enumerate(xs):" in new
    same_behaviour(original, new, SUM_CASES)
    # An empty sequence leaves `i` unbound, in both.
    assert outcome(new, []).startswith("UnboundLocalError: cannot access local variable 'i'")


def test_the_position_in_the_else_clause_and_a_closure() -> None:
    original = """
    def f(xs):
        seen, later = [], []
        for i in range(len(xs)):
            later.append(lambda: (xs[i], i))
            seen.append(xs[i])
        else:
            seen.append(i)
        xs.reverse()
        return seen, [g() for g in later]
    """
    new = rewritten(original)
    # The closure reads xs and i when called (after xs changed): left as written.
    assert "for i, x in enumerate(xs):\n        later.append(lambda: (xs[i], i))\n        seen.append(x)" in new
    same_behaviour(original, new, [([1, 2],), ([],), (["a"],)])
    assert outcome(new, [1, 2]) == repr((([1, 2, 1], [(1, 1), (1, 1)]), ([2, 1],)))


def test_a_loop_variable_reused_by_later_loops_keeps_the_plain_form() -> None:
    original = """
    def f(xs, ys):
        total = 0
        for i in range(len(xs)):
            total += xs[i]
        for i in range(len(ys)):
            total -= ys[i] * i
        squares = [i * i for i in range(3)]
        return total, squares
    """
    new = rewritten(original)
    assert "for x in xs:\n        total += x\n    for i, y in enumerate(ys):" in new
    same_behaviour(original, new, [([1, 2], [3, 4]), ([], []), ([1], [])])


@pytest.mark.parametrize("after", [
    "    return i\n",  # read after every loop
    "    for i in range(len(ys)):\n        pass\n    else:\n        return i\n",  # read where no loop rebound it
    # one variable for all closures
    "    for k in range(2):\n        for i in range(3):\n            fs.append(lambda: i)\n",
])
def test_the_position_maybe_read_later_is_kept(after: str) -> None:
    source = f"def f(xs, ys, fs):\n    for i in range(len(xs)):\n        print(xs[i])\n{after}"
    assert "for i, x in enumerate(xs):" in rewritten(source)


# --- comprehensions -------------------------------------------------------------------------------


def test_comprehensions() -> None:
    original = """
    def f(xs, grid):
        doubled = [xs[i] * 2 for i in range(len(xs)) if xs[i]]
        positions = {i: xs[i] for i in range(len(xs))}
        total = sum(grid[i][j] for i in range(len(grid)) for j in range(len(grid[i])))
        rows = [[grid[r][c] for c in range(len(grid[r]))] for r in range(len(grid))]
        text = ",".join(str(xs[k]) for k in range(len(xs)))
        return doubled, positions, total, rows, text
    """
    new = rewritten(original)
    assert "[x * 2 for x in xs if x]" in new
    assert "{i: x2 for i, x2 in enumerate(xs)}" in new
    assert "sum(value for row in grid for value in row)" in new
    assert "[[value2 for value2 in row2] for row2 in grid]" in new
    assert '",".join(str(x3) for x3 in xs)' in new
    same_behaviour(original, new, [([0, 1, 2], [[1, 2], [3]]), ([], []), ([1], [[]]), ([1, "a"], [[1], ["b"]])])


def test_a_comprehension_reads_nothing_outside_its_own_position() -> None:
    # The `i` of the loop and the comprehension's own `i` are different variables.
    original = """
    def f(xs, i):
        return [xs[i] + i for i in range(len(xs))], xs[i]
    """
    new = rewritten(original)
    assert "[x + i for i, x in enumerate(xs)], xs[i]" in new
    same_behaviour(original, new, [([1, 2], 0), ([3], 5)])


# --- random inputs ---------------------------------------------------------------------------------


def test_random_inputs() -> None:
    original = """
    def f(grid, scale):
        out = []
        for i in range(len(grid)):
            acc = 0
            for j in range(len(grid[i])):
                if grid[i][j] % 3 == 0:
                    continue
                if grid[i][j] > 40:
                    break
                acc += grid[i][j] * scale
            else:
                acc = -acc
            out.append(acc)
        return out
    """
    new = rewritten(original)
    assert "for row in grid:" in new and "for value in row:" in new
    rng = random.Random(20240611)
    cases: list[tuple[object, ...]] = []
    for _ in range(300):
        grid = [[rng.randrange(50) for _ in range(rng.randrange(6))] for _ in range(rng.randrange(5))]
        cases.append((grid, rng.choice([1, -2, 0.5])))
    same_behaviour(original, new, cases)


# Statements for random loop bodies: reads, other uses of `i`, changes that must be refused
# (none that grows `xs`: a wrong rewrite would loop for ever), closures, early exits.
BODY_POOL = ["total += xs[i]", "out.append(xs[i])", "out.append(i)", "if xs[i] > 2:\n    continue",
             "if xs[i] == 3:\n    break", "total += ys[i % len(ys)] if ys else 0", "xs[i] = 0", "xs.pop()",
             "for j in range(len(xs)):\n    total += xs[j] * xs[i]", "total += sum(xs[i] for _ in range(2))",
             "fs.append(lambda: xs[i])", "total += len(xs)", "k = i", "out.append([xs[i] * v for v in ys])",
             "if i == 1:\n    ys.append(xs[i])", "total -= xs[i - 1]", "out.append(xs)", "out[-1:] = [xs[i]]",
             "total += xs[i] if xs[i] else i", "ys.extend(out[-1:])", "n = 0", "total += n", "xs.sort()"]


def test_random_loop_bodies_answer_alike() -> None:
    rng = random.Random(20240612)
    rewrites = 0
    for _ in range(120):
        body = "\n".join(rng.sample(BODY_POOL, rng.randint(1, 4)))
        measured = rng.random() < 0.3
        header = rng.choice(["for i in range(n):"] if measured else ["for i in range(len(xs)):",
                                                                      "for i in range(0, len(xs)):"])
        after = rng.choice(["", "    total += i\n", "    xs.reverse()\n", "    out.append(k)\n"])
        original = ("def f(xs, ys):\n    total, out, fs, k = 0, [], [], None\n"
                    + ("    n = len(xs)\n" if measured else "") + f"    {header}\n" + textwrap.indent(body, "        ")
                    + f"\n{after}    return total, out, [g() for g in fs], k\n")
        new = rewrite(original)
        if new is None:
            continue
        rewrites += 1
        assert rewrite(new) is None
        cases: list[tuple[object, ...]] = [
            ([rng.randrange(5) for _ in range(rng.randrange(5))], [rng.randrange(5) for _ in range(rng.randrange(3))])
            for _ in range(6)]
        same_behaviour(original, new, cases)
    assert rewrites > 30


# --- shapes left alone ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", [
    # xs changes in the loop, or may through what it is handed to
    loop("xs.append(0)\ntotal += xs[i]"),
    loop("total += xs[i]\nxs.pop()"),
    loop("total += xs.count(xs[i])"),  # conservative: any method called on xs
    loop("xs[0] = total\ntotal += xs[i]"),
    loop("xs[i] = xs[i] * 2"),
    loop("xs[i] += 1"),
    loop("total += xs[i]\ndel xs[i]"),
    loop("xs, total = xs[1:], total + xs[i]"),
    loop("total += xs[i]\nxs += [1]"),
    loop("total += xs[i]\nxs = []"),
    loop("shuffle(xs)\ntotal += xs[i]"),
    loop("seen.append(xs)\ntotal += xs[i]", before="    seen = []\n"),
    loop("total += xs[i]\nd = {'k': xs}"),
    loop("total += xs[i]\nadd = xs.append"),
    loop("total += xs[i]\nfor ys in (xs, []):\n    ys.append(1)"),
    loop("total += xs[i]\nxs.data[0] = 1"),
    loop("total += xs[i]\nfor xs[0] in [1]:\n    pass"),
    loop("total += xs[i]\nf = lambda: xs.append(0)"),
    loop("total += xs[i]\ndef grow():\n    xs.append(0)\ngrow()"),
    # an alias made before the loop could change it unnamed
    loop(before="    ys = xs\n", body="ys.append(0)\ntotal += xs[i]"),
    loop(before="    pair = (xs, 1)\n"),
    loop(before="    grow = lambda: xs.append(1)\n"),
    loop(before="    register(xs)\n"),
    # another name for the same object changes it
    loop(before="    xs = ys\n", params="ys", body="ys.append(0)\ntotal += xs[i]"),
    loop(before="    xs = ys or []\n", params="ys", body="total += xs[i]\nys[0] = total"),
    loop(before="    xs = self.items\n", params="self", body="total += xs[i]\nself.add(total)"),
    loop(before="    xs = d.get(k)\n", params="d, k", body="total += xs[i]\nd[k].pop()"),
    "def f(grid):\n    total = 0\n    for row in grid:\n        for j in range(len(row)):\n"
    "            total += row[j]\n            grid[0].append(1)\n    return total\n",
    "def f(grid):\n    return [row[j] for row in grid for j in range(len(row)) if grid[0].append(1)]\n",
    # others may run while the loop waits
    loop("yield xs[i]"),
    "async def f(xs):\n    total = 0\n    for i in range(len(xs)):\n        total += xs[i]\n        await g()\n"
    "    return total\n",
    # i rebound in the loop
    loop("total += xs[i]\ni += 1"),
    loop("total += xs[i]\nfor i in range(2):\n    pass"),
    loop("total += xs[i] + sum([i for i in range(3)])"),
    loop("total += xs[i] if (i := 0) else 0"),
    loop("def i():\n    pass\ntotal += xs[i]"),
    loop("import i\ntotal += xs[i]"),
    loop("from m import xs\ntotal += xs[i]"),
    loop("match total:\n    case [i]:\n        pass\ntotal += xs[i]"),
    loop("match total:\n    case {**xs}:\n        pass\ntotal += xs[i]"),
    loop("try:\n    total += xs[i]\nexcept E as i:\n    pass"),
    # not a sequence indexed by position
    loop(params="xs: dict[int, int]"),
    loop(params="xs: Mapping[int, str] | None"),
    loop(params='xs: "Counter[str]"'),
    loop(params="xs: set[int]"),
    loop(params="xs: Optional[Dict[int, int]]"),
    loop(params="xs: Union[list[int], collections.OrderedDict]"),
    loop(params="xs: 'typing.Mapping[int, int] | None'"),
    loop(params="xs: Annotated[KeysView[int], 'keys']"),
    loop(params="xs: pd.DataFrame"),
    loop(params="**xs"),
    loop(before="    xs = {0: 'a', 1: 'b'}\n", params="ys"),
    loop(before="    xs = dict(pairs)\n", params="pairs"),
    loop(before="    xs = defaultdict(list)\n", params=""),
    loop(before="    xs = collections.Counter(words)\n", params="words"),
    loop(before="    xs: dict[int, int] = make()\n", params=""),
    loop(before="    xs = {1, 2}\n", params=""),
    loop(before="    xs = (v for v in ys)\n", params="ys"),
    loop(before="    xs = d.keys()\n", params="d"),
    loop(before="    xs = zip(a, b)\n", params="a, b"),
    loop(before="    xs = reversed(ys)\n", params="ys"),
    # not a variable of this function, or one others can change
    loop(params="ys"),  # a global
    loop(before="    global xs\n", params="ys"),
    "def outer(xs):\n    def f():\n        nonlocal xs\n        total = 0\n        for i in range(len(xs)):\n"
    "            total += xs[i]\n        return total\n    return f\n",
    "def f(self):\n    total = 0\n    for i in range(len(self)):\n        total += self[i]\n    return total\n",
    "def f(self):\n    total = 0\n    for i in range(len(self.items)):\n        total += self.items[i]\n"
    "    return total\n",
    "def f(xs):\n    total = 0\n    for i in range(len(xs[0])):\n        total += xs[0][i]\n    return total\n",
    "def __iter__(xs):\n    for i in range(len(xs)):\n        yield xs[i]\n",
    # not a range over the whole length
    loop(header="for i in range(len(xs) - 1):"),
    loop(header="for i in range(1, len(xs)):"),
    loop(header="for i in range(0, len(xs), 2):"),
    loop(header="for i in range(len(xs), 0, -1):"),
    loop(header="for i in reversed(range(len(xs))):"),
    loop(header="for i in range(len(ys)):", params="xs, ys"),
    loop(header="for i in range(n):", params="xs, n"),
    loop(header="for i in range(len(xs, 1)):"),
    loop(header="for i in range(len(*xs)):"),
    loop(header="for i in range(stop=len(xs)):"),
    loop(header="for xs in range(len(xs)):"),
    loop(header="for (i, k) in range(len(xs)):"),
    loop(header="for i in range(n):", before="    n = len(xs)\n    xs.append(1)\n"),
    loop(header="for i in range(n):", before="    n = len(ys)\n", params="xs, ys"),
    loop(header="for i in range(n):", before="    n = len(xs) + 1\n"),
    "async def f(xs):\n    total = 0\n    async for i in range(len(xs)):\n        total += xs[i]\n    return total\n",
    # no read of xs[i], or a read of another shape
    loop("total += i"),
    loop("total += xs[i - 1]"),
    loop("total += xs[i, 0]"),
    loop("total += xs[i:][0]"),
    loop("total += ys[i]", params="xs, ys"),
    # while loops count by hand
    "def f(xs):\n    i, total = 0, 0\n    while i < len(xs):\n        total += xs[i]\n        i += 1\n"
    "    return total\n",
    # names seen by name, or builtins that are not the builtins
    loop(after="    print(locals())\n"),
    loop(after="    eval('i')\n"),
    loop(params="xs, len"),
    loop(params="xs, range=range"),
    loop(params="xs, enumerate", after="    total += i\n"),
    # a generator kept for later would read xs when resumed
    "def f(xs):\n    return (xs[i] for i in range(len(xs)))\n",
    "def f(xs):\n    g = (xs[i] for i in range(len(xs)))\n    return g\n",
    "def f(xs):\n    return map(str, (xs[i] for i in range(len(xs))))\n",
    # comprehensions that change xs, or rebind it
    "def f(xs):\n    return [xs.pop() + xs[i] for i in range(len(xs))]\n",
    "def f(xs, ys):\n    return [xs[i] for i in range(len(xs)) for xs in ys]\n",
    "def f(xs):\n    return [xs[i] for i in range(len(xs)) if (xs := [])]\n",
    # `g` in the first iterable is not the clause's `g` but a global
    "def f():\n    return [1 for g in [[g[c] for c in range(len(g))]]]\n",
])
def test_left_alone(source: str) -> None:
    assert rewrite(loop()) is not None  # the shape without the change
    compile(textwrap.dedent(source), "<case>", "exec")
    assert rewrite(source) is None, source


@pytest.mark.parametrize("source", [
    loop(params="xs: list[int]"),
    loop(params="xs: Sequence[float] | tuple[int, ...]"),
    loop(params="xs: str"),
    loop(params="xs: list[dict[str, int]]"),  # a list of dicts is a list
    loop(params="xs: 'Sequence[Mapping[str, int]] | None'"),
    loop(params="xs: 'not an annotation ['"),
    loop(params="*xs"),
    loop(before="    xs = sorted(ys)\n", params="ys"),
    loop(before="    xs = [1, 2]\n", params=""),
    loop(before="    xs: list[int] = list(d)\n", params="d"),
    loop(before="    xs = ys\n", params="ys"),  # `xs` an alias of a parameter: changes through `ys` are seen
    loop(before="    xs.sort()\n    n = len(xs)\n"),  # changed before the loop, measured after
    loop("total += xs[i] + len(xs) + sum(xs) + max(xs, key=abs)"),  # builtins that only read it
    loop("total += xs[i]\nif total > 10:\n    return xs"),  # handing it back ends the loop
    loop("total += xs[i]", after="    xs.append(total)\n    out = [xs]\n"),  # after the loop, anything goes
    loop("for v in xs:\n    total += v * xs[i]"),
    "def f(xs):\n    return {i: [xs[i] for _ in range(2)] for i in range(len(xs))}\n",
])
def test_rewritten_shapes(source: str) -> None:
    assert "range(len(" not in rewritten(source), source


def test_nested_functions_are_their_own() -> None:
    # Only the function's own loops: a nested function's loop is left for its own turn.
    source = """
    def f(xs):
        def g(ys):
            return [ys[i] for i in range(len(ys))]
        return g(xs)
    """
    assert rewrite(source) is None


# --- real code --------------------------------------------------------------------------------------


@pytest.mark.parametrize("module", [json, json.decoder, json.encoder, argparse, ast, textwrap, difflib, cmd,
                                    header_parser])
def test_stdlib_functions_give_none_or_code_that_compiles(module: ModuleType) -> None:
    tree = cst.parse_module(inspect.getsource(module))
    functions = _all_functions(tree)
    assert functions
    for function in functions:
        result, _ = iterate_items(function)
        if result is not None:
            assert iterate_items(result) == (None, False)
            _compile_in_place(tree, function, result)


def _all_functions(tree: cst.Module) -> list[cst.FunctionDef]:
    found: list[cst.FunctionDef] = []

    class Collect(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
            found.append(node)

    tree.visit(Collect())
    return found


def _compile_in_place(tree: cst.Module, old: cst.FunctionDef, new: cst.FunctionDef) -> None:
    """The module with `old` replaced by `new` compiles (a method stays in its class)."""

    class Replace(cst.CSTTransformer):
        def leave_FunctionDef(self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef) -> cst.FunctionDef:
            return new if original_node is old else updated_node

    compile(tree.visit(Replace()).code, "<rewritten>", "exec")


def real_pair(function: Callable[..., object]) -> tuple[Callable[..., object], Callable[..., object]]:
    """A stdlib function and the recipe's rewrite of it, run in a copy of its module's globals."""
    source = textwrap.dedent(inspect.getsource(function))
    new = rewritten(source)
    scope = dict(vars(inspect.getmodule(function)))
    exec(new, scope)
    rewritten_function = scope[function.__name__]
    assert callable(rewritten_function)
    return function, rewritten_function


def test_a_rewritten_stdlib_parser_answers_alike() -> None:
    original, new = real_pair(header_parser._get_ptext_to_endchars)  # type: ignore[attr-defined]
    cases = [("abc def", " "), ("a\\ b c", " "), ("", "x"), ("x\\", "y"), ("quoted\"rest", '"'), ("αβγ;δ", ";")]
    for case in cases:
        assert answer(new, *case) == answer(original, *case), case
    assert answer(new, "", "x").startswith("UnboundLocalError")  # as the original: `pos` after an empty loop


def answer(function: Callable[..., object], *args: object) -> str:
    try:
        return repr(function(*args))
    except Exception as error:  # the exception is the answer
        return f"{type(error).__name__}: {error}"


def test_a_rewritten_stdlib_method_answers_alike() -> None:
    original, new = real_pair(cmd.Cmd.columnize)
    cases: list[list[object]] = [[], ["a"], ["alpha", "beta", "gamma"] * 9, ["x", 1], [str(n) * n for n in range(15)]]
    for items in cases:
        outputs = []
        for method in (original, new):
            written = io.StringIO()
            outputs.append(answer(method, cmd.Cmd(stdout=written), list(items), 40) + written.getvalue())
        assert outputs[0] == outputs[1], items
    shell = cmd.Cmd(stdout=io.StringIO())
    assert answer(new, shell, ["x", 1, 2], 40) == "TypeError: list[i] not a string for i in 1, 2"


def test_namespace_items_are_read_once_per_pass() -> None:
    original = """
    def f(people):
        names = []
        for i in range(len(people)):
            if people[i].age >= 18:
                names.append(people[i].name)
        return names
    """
    new = rewritten(original)
    assert "for person in people:\n        if person.age >= 18:\n            names.append(person.name)" in new
    people = [SimpleNamespace(name="a", age=20), SimpleNamespace(name="b", age=3)]
    assert outcome(new, people) == outcome(original, people)
    assert outcome(new, [1]) == outcome(original, [1]) == "AttributeError: 'int' object has no attribute 'age'"


def test_enumerate_alone_is_not_offered() -> None:
    """Over a list, enumerate is no faster than indexing: the recipe offers it only beside a
    loop that became plain."""
    alone = cst.parse_module(textwrap.dedent("""
    def f(xs):
        best, at = None, -1
        for i in range(len(xs)):
            if best is None or xs[i] > best:
                best, at = xs[i], i
        return at
    """)).body[0]
    assert isinstance(alone, cst.FunctionDef)
    assert iterate_items(alone)[0] is not None and iterate_not_index(alone) is None
    grid = cst.parse_module(textwrap.dedent("""
    def f(grid):
        out = []
        for i in range(len(grid)):
            for j in range(len(grid[i])):
                out.append((i, grid[i][j]))
        return out
    """)).body[0]
    assert isinstance(grid, cst.FunctionDef)
    rewritten = iterate_not_index(grid)
    assert rewritten is not None and "enumerate(grid)" in cst.Module([]).code_for_node(rewritten)
