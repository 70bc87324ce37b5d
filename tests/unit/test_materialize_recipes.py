"""The generator-not-list and iterate-not-copy recipes: the rewrites they make, that the
rewritten function answers like the original (results, exceptions with their messages,
and what happens to the arguments, iterators included), and the shapes they must leave
alone."""

from __future__ import annotations

import copy
import importlib
import inspect
import random
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m
import pytest

from wattlens.optimize.materialize import consume_lazily, iterate_without_copy
from wattlens.optimize.recipes import rewrite_with_recipes

Recipe = Callable[[cst.FunctionDef], cst.FunctionDef | None]


@dataclass(frozen=True)
class Once:
    """An argument handed over as a one-shot iterator over these items."""

    items: tuple[object, ...]


def rewrite(recipe: Recipe, source: str) -> str | None:
    function = cst.parse_module(textwrap.dedent(source)).body[0]
    assert isinstance(function, cst.FunctionDef)
    rewritten = recipe(function)
    return None if rewritten is None else cst.Module([]).code_for_node(rewritten)


def rewritten(recipe: Recipe, source: str) -> str:
    """The rewrite, which must exist, compile, and be left as it is by a second application."""
    new = rewrite(recipe, source)
    assert new is not None, source
    compile(new, "<rewritten>", "exec")
    assert rewrite(recipe, new) is None, new
    return new


def outcome(source: str, *args: object) -> str:
    """What calling `f(*args)` gives: the result and the arguments afterwards (an iterator as
    what is left in it), or the exception's type and message."""
    scope: dict[str, object] = {}
    exec(textwrap.dedent(source), scope)
    function = scope["f"]
    assert callable(function)
    handed = [iter(copy.deepcopy(a.items)) if isinstance(a, Once) else copy.deepcopy(a) for a in args]
    try:
        result = function(*handed)
        if isinstance(result, Iterator):
            result = list(result)
        answer = repr(result)
    except Exception as error:  # the exception is the outcome
        answer = f"{type(error).__name__}: {error}"
    after = [("left", list(a)) if isinstance(a, Iterator) else a for a in handed]
    return f"{answer} / {after!r}"


def same_behaviour(original: str, new: str, cases: list[tuple[object, ...]]) -> None:
    for case in cases:
        assert outcome(new, *case) == outcome(original, *case), case


# --- generator-not-list: any([...]), all([...]), [...][0] ----------------------------------------

ANY_CASES: list[tuple[object, ...]] = [
    ([], 0), ([1], 0), ([1], 5), ([0, 0, 0], -1), ([5, 1, 9, 2], 4), ([3, 3, 3], 3),
    ([1.5, True, 2], 1), (list(range(1000)), 998), ((4, 8), 5), (Once((1, 9, 2, 7)), 100),
]


def test_any_and_all_stop_at_the_answer() -> None:
    original = """
    def f(xs, limit):
        over = any([x > limit for x in xs])
        under = all([x < limit * 2 for x in xs if x != limit])
        return over, under
    """
    new = rewritten(consume_lazily, original)
    assert "over = any(x > limit for x in xs)\n" in new
    assert "under = all(x < limit * 2 for x in xs if x != limit)\n" in new
    same_behaviour(original, new, ANY_CASES)


def test_a_multi_line_comprehension_keeps_its_layout_and_comments() -> None:
    original = """
    def f(words, banned):
        if any([
            word.lower() in banned  # case-blind
            for word in words
        ]):
            return True
        return False
    """
    new = rewritten(consume_lazily, original)
    assert "    if any(\n        word.lower() in banned  # case-blind\n        for word in words\n    ):\n" in new
    same_behaviour(original, new, [([], set()), (["A", "b"], {"b"}), (["A", "b"], {"c"}), (["x"], {"x"})])


def test_the_first_item_raises_the_same_index_error_when_there_is_none() -> None:
    original = """
    def f(xs, limit):
        return [x for x in xs if x > limit][0]
    """
    new = rewritten(consume_lazily, original)
    assert "return [*zip((None,), (x for x in xs if x > limit))][0][1]\n" in new
    empty = "IndexError: list index out of range / [[1, 2], 5]"
    assert outcome(new, [1, 2], 5) == outcome(original, [1, 2], 5) == empty
    assert outcome(new, [], 0) == outcome(original, [], 0)
    same_behaviour(original, new, ANY_CASES)


def test_a_first_item_that_looks_like_a_sentinel_is_still_the_answer() -> None:
    # None, falsy items and pairs like the ones zip makes are ordinary items.
    original = "def f(xs):\n    return [x for x in xs][0]\n"
    new = rewritten(consume_lazily, original)
    same_behaviour(original, new, [
        ([None],), ([0, 1],), ([(None, 1)],), ([(None, None), 2],), ([[]],), ([""],), ([False],),
        ((),), ("ab",), ({"k": 1},), (Once(()),), (Once((None,)),),
    ])
    assert outcome(new, [None]) == "None / [[None]]"


def test_list_of_a_generator_or_comprehension_then_its_first_item() -> None:
    original = """
    def f(rows, key):
        first = list(row[key] * 2 for row in rows if key in row)[0]
        again = list([row for row in rows])[0]
        return first, again
    """
    new = rewritten(consume_lazily, original)
    assert "first = [*zip((None,), (row[key] * 2 for row in rows if key in row))][0][1]" in new
    assert "again = [*zip((None,), (row for row in rows))][0][1]" in new
    same_behaviour(original, new, [
        ([{"a": 1}, {"b": 2}], "b"), ([{"a": 1}], "b"), ([], "a"), ([{"a": "x"}, {"a": "y"}], "a"),
    ])


def test_every_site_is_rewritten_nested_functions_and_lambdas_included() -> None:
    original = """
    def f(groups, limit):
        def big(group):
            return any([v > limit for v in group])
        pick = lambda group: [v for v in group if v > limit][0]
        flags = [all([v > 0 for v in group]) for group in groups]
        firsts = [[v for v in group][0] for group in groups if group]
        return [big(g) for g in groups], flags, firsts, [pick(g) for g in groups if big(g)]
    """
    new = rewritten(consume_lazily, original)
    assert "return any(v > limit for v in group)" in new
    assert "pick = lambda group: [*zip((None,), (v for v in group if v > limit))][0][1]" in new
    assert "flags = [all(v > 0 for v in group) for group in groups]" in new
    assert "firsts = [[*zip((None,), (v for v in group))][0][1] for group in groups if group]" in new
    same_behaviour(original, new, [([], 0), ([[1, 5], [], [-1, 9]], 4), ([[0], [3]], 1)])


def test_nested_sites_in_one_comprehension() -> None:
    original = "def f(grid):\n    return any([all([c > 0 for c in row]) for row in grid])\n"
    new = rewritten(consume_lazily, original)
    assert "return any(all(c > 0 for c in row) for row in grid)" in new
    same_behaviour(original, new, [([],), ([[]],), ([[1, 0], [2, 3]],), ([[1, 0], [0]],), ([[-1]] * 5,)])


def test_random_lists() -> None:
    original = """
    def f(xs, limit):
        hit = any([x % 7 == limit for x in xs])
        ok = all([x < limit + 20 for x in xs if x % 2])
        try:
            first = [(x, i) for i, x in enumerate(xs) if x > limit][0]
        except IndexError as error:
            first = str(error)
        return hit, ok, first
    """
    new = rewritten(consume_lazily, original)
    rng = random.Random(5)
    cases: list[tuple[object, ...]] = [
        ([rng.randrange(40) for _ in range(rng.randrange(12))], rng.randrange(30)) for _ in range(300)]
    same_behaviour(original, new, cases)


def test_what_stopping_early_still_changes_is_what_any_of_a_generator_changes() -> None:
    # Documented: a later item's exception is not raised, and an iterator handed in is left
    # part-read rather than exhausted.  Pure items are skipped with nothing else skipped.
    original = "def f(xs):\n    return any([10 / x > 1 for x in xs])\n"
    new = rewritten(consume_lazily, original)
    assert outcome(original, [1, 0]) == "ZeroDivisionError: division by zero / [[1, 0]]"
    assert outcome(new, [1, 0]) == "True / [[1, 0]]"
    assert outcome(original, Once((1, 2, 3))) == "True / [('left', [])]"
    assert outcome(new, Once((1, 2, 3))) == "True / [('left', [2, 3])]"


@pytest.mark.parametrize("source", [
    # not the builtins
    "def f(xs, any=all):\n    return any([x > 0 for x in xs])\n",
    "def f(xs):\n    all = lambda v: v\n    return all([x > 0 for x in xs])\n",
    "def f(xs):\n    from mylib import any\n    return any([x > 0 for x in xs])\n",
    "def f(xs):\n    def g(any):\n        return any([x > 0 for x in xs])\n    return g(all)\n",
    "def f(xs, zip=None):\n    return [x for x in xs if x][0]\n",
    "def f(xs):\n    list = tuple\n    return list(x for x in xs)[0]\n",
    # the element, a condition or an inner iterable may change something or see what did
    "def f(xs):\n    return any([check(x) for x in xs])\n",
    "def f(xs, seen):\n    return any([seen.append(x) or x for x in xs])\n",
    "def f(xs):\n    return all([x for x in xs if log(x)])\n",
    "def f(xs):\n    return [x for x in xs if x.pop()][0]\n",
    "def f(rows):\n    return any([v for row in rows for v in load(row)])\n",
    "def f(xs):\n    return any([(y := x) for x in xs])\n",
    "def f(xs):\n    return any([print(x) for x in xs])\n",
    "def f(xs):\n    return any([next(it) for it in xs])\n",
    "async def f(xs):\n    return any([await x for x in xs])\n",
    "async def f(xs):\n    return any([x async for x in xs])\n",
    # a target that writes somewhere
    "def f(self, xs):\n    return any([self.x for self.x in xs])\n",
    # the iterable is visibly an iterator: it would be left part-read
    "def f(xs: Iterator[int]):\n    return any([x > 0 for x in xs])\n",
    "def f(xs: typing.Iterable[int]):\n    return any([x > 0 for x in xs])\n",
    "def f(xs: 'Generator[int, None, None]'):\n    return [x for x in xs][0]\n",
    "def f(path):\n    with open(path) as fh:\n        return any(['TODO' in line for line in fh])\n",
    "def f(xs):\n    it = iter(xs)\n    return any([x > 0 for x in it])\n",
    "def f(db):\n    rows = db.fetch()\n    return [r for r in rows if r][0]\n",
    "def f(xs):\n    return any([x > 0 for x in map(abs, xs)])\n",
    "def f(reader):\n    return any([r for r in reader.rows()])\n",
    # not a first item, or not read
    "def f(xs):\n    return [x for x in xs][1]\n",
    "def f(xs):\n    return [x for x in xs][-1]\n",
    "def f(xs):\n    return [x for x in xs][0:1]\n",
    "def f(xs):\n    return [x for x in xs][0,]\n",
    "def f(xs, i):\n    return [x for x in xs][i]\n",
    "def f(xs):\n    [x for x in xs][0] = 1\n",
    "def f(xs):\n    del [x for x in xs][0]\n",
    "def f(xs):\n    return tuple(x for x in xs)[0]\n",
    "def f(xs):\n    return list(xs)[0]\n",
    "def f(xs):\n    return sorted([x for x in xs])[0]\n",
    "def f(xs):\n    return list(x for x in xs)[0:1]\n",
    # not a list built for any/all
    "def f(xs):\n    return any({x > 0 for x in xs})\n",
    "def f(xs):\n    return any(x > 0 for x in xs)\n",
    "def f(xs):\n    return any([x > 0 for x in xs], default=False)\n",
    "def f(xs):\n    return any(*[[x > 0 for x in xs]])\n",
    "def f(xs):\n    return sum([x for x in xs])\n",
    # inside a class body, which reads names differently
    "def f(xs):\n    class C:\n        flag = any([x > 0 for x in xs])\n    return C\n",
])
@pytest.mark.filterwarnings("ignore::SyntaxWarning")  # `[...][0,]`, written on purpose
def test_consume_left_alone(source: str) -> None:
    assert rewrite(consume_lazily, "def f(xs):\n    return any([x > 0 for x in xs])\n") is not None
    compile(source, "<case>", "exec")
    assert rewrite(consume_lazily, source) is None, source


def test_loop_items_and_fresh_locals_are_read_whole_or_in_part_alike() -> None:
    original = """
    def f(groups, text):
        words = text.split()
        marks = {w: len(w) for w in words}
        out = []
        for group in groups:
            out.append(any([w in marks for w in group]))
        return out, all([len(w) > 1 for w in words]), [k for k in marks if marks[k] > 2][0]
    """
    new = rewritten(consume_lazily, original)
    assert "out.append(any(w in marks for w in group))" in new and "all(len(w) > 1 for w in words)" in new
    same_behaviour(original, new, [([["a"], ["zz", "q"]], "a zz bbb"), ([], "hello"), ([["x"]], "a b")])


# --- iterate-not-copy: for x in list(xs) → for x in xs ------------------------------------------

def test_each_copy_in_a_loop_is_walked_as_the_original() -> None:
    original = """
    def f(xs, limit):
        out = []
        for x in list(xs):
            if x > limit:
                out.append(x * 2)
        total = 0
        for x in xs[:]:
            total += x
        for x in tuple(xs):
            total -= x
        for x in xs.copy():
            out.append(-x)
        return out, total
    """
    new = rewritten(iterate_without_copy, original)
    assert new.count("    for x in xs:\n") == 4
    assert "list(" not in new and "[:]" not in new and "tuple(" not in new and "copy(" not in new
    same_behaviour(original, new, [([], 0), ([1, 5, 3], 2), ([2.5, -1], 0), (list(range(50)), 25)])


def test_a_comprehension_and_a_generator_consumed_on_the_spot() -> None:
    original = """
    def f(xs, sep):
        doubled = [x * 2 for x in list(xs) if x]
        unique = {x % 3 for x in tuple(xs)}
        positions = {x: i for i, x in list(enumerate(xs))}
        text = sep.join(str(x) for x in xs[:])
        return doubled, unique, positions, text, sum(x for x in list(xs)), max(x for x in xs.copy())
    """
    new = rewritten(iterate_without_copy, original)
    assert "doubled = [x * 2 for x in xs if x]" in new and "unique = {x % 3 for x in xs}" in new
    assert "text = sep.join(str(x) for x in xs)" in new and "sum(x for x in xs), max(x for x in xs)" in new
    assert "list(enumerate(xs))" in new  # not a copy of a name
    same_behaviour(original, new, [([1, 0, 4], ","), ([7], ""), ([], "-")])  # max([]) raises alike


def test_dict_keys_values_and_items() -> None:
    original = """
    def f(prices: dict, rate):
        out = {}
        for name, price in list(prices.items()):
            out[name] = round(price * rate, 2)
        for name in list(prices.keys()):
            out[name + "!"] = len(name)
        total = 0
        for price in tuple(prices.values()):
            total += price
        for name in list(prices):
            total += prices[name]
        return out, total
    """
    new = rewritten(iterate_without_copy, original)
    assert "for name, price in prices.items():" in new and "for name in prices.keys():" in new
    assert "for price in prices.values():" in new and "for name in prices:" in new
    same_behaviour(original, new, [({}, 1.0), ({"a": 1.5, "b": 2}, 1.1), ({"x": 0}, 0)])


def test_strings_tuples_sets_and_iterators_walk_alike() -> None:
    original = """
    def f(xs):
        seen = []
        for x in list(xs):
            seen.append(x)
        return seen, [x for x in tuple(xs)]
    """
    new = rewritten(iterate_without_copy, original)
    assert "for x in xs:" in new and "[x for x in xs]" in new
    same_behaviour(original, new, [
        ("abc",), ((1, 2),), ({3, 1, 2},), ({"k": 1, "j": 2},), (range(4),), (b"hi",), ([],),
        (Once((1, 2, 3)),),  # read once either way: the second walk sees it empty
        (5,),  # TypeError: 'int' object is not iterable, from both
        (None,),
    ])


def test_a_new_local_may_be_walked_while_anything_else_happens() -> None:
    # Nobody else can reach a list the function made and never handed on: unknown calls in
    # the body cannot change it.
    original = """
    def f(text, log):
        words = text.split()
        for w in list(words):
            log.append(w.upper())
            print(w, end="")
        return words
    """
    new = rewritten(iterate_without_copy, original)
    assert "for w in words:" in new
    same_behaviour(original, new, [("a b c", []), ("", ["x"])])


def test_writes_to_new_locals_and_to_the_loop_items_are_allowed() -> None:
    original = """
    def f(rows, key):
        index = {}
        for row in list(rows):
            index[row[key]] = row
            row[key] = str(row[key])
            row.append(len(index))
        return index
    """
    # `row.append` is a method of an item, not a new local: a parameter's items may lead back
    # to it, so this one stays; without it the loop qualifies.
    assert rewrite(iterate_without_copy, original) is None
    allowed = original.replace("            row.append(len(index))\n", "")
    new = rewritten(iterate_without_copy, allowed)
    assert "for row in rows:" in new
    same_behaviour(allowed, new, [([[1, 2], [3, 4]], 0), ([], 1), ([[1, 2], [1, 5]], 0)])


def test_a_parameter_annotated_as_a_collection_may_be_read_in_the_body() -> None:
    original = """
    def f(xs: list[int]):
        out = []
        for x in list(xs):
            if xs.count(x) > 1 and x not in out:
                out.append(x)
        return out, sorted(x for x in list(xs) if x in xs)
    """
    new = rewritten(iterate_without_copy, original)
    assert "for x in xs:" in new and "sorted(x for x in xs if x in xs)" in new
    same_behaviour(original, new, [([],), ([1, 2, 1, 3, 3],), ([5],)])
    # Unannotated, it might be an iterator that `x in xs` would read on; `xs.count` only
    # raises on one, with the copy or without.
    unannotated = rewritten(iterate_without_copy, original.replace("xs: list[int]", "xs"))
    assert "for x in xs:" in unannotated and "sorted(x for x in list(xs) if x in xs)" in unannotated


def test_random_lists_and_dicts() -> None:
    original = """
    def f(xs, d):
        evens = [x for x in list(xs) if x % 2 == 0]
        counts = {}
        for x in xs[:]:
            counts[x] = counts.get(x, 0) + 1
        flipped = {v: k for k, v in list(d.items())}
        return evens, counts, flipped, sum(v for v in tuple(d.values()))
    """
    new = rewritten(iterate_without_copy, original)
    rng = random.Random(3)
    cases: list[tuple[object, ...]] = []
    for _ in range(200):
        xs = [rng.randrange(10) for _ in range(rng.randrange(10))]
        cases.append((xs, {rng.randrange(5): rng.randrange(5) for _ in range(rng.randrange(6))}))
    same_behaviour(original, new, cases)


def test_a_loop_that_changes_what_it_walks_needs_its_copy() -> None:
    original = """
    def f(d):
        for k in list(d):
            if d[k] is None:
                del d[k]
        return d
    """
    assert outcome(original, {"a": None, "b": 1}) == "{'b': 1} / [{'b': 1}]"
    without = original.replace("list(d)", "d")
    assert outcome(without, {"a": None, "b": 1}).startswith("RuntimeError: dictionary changed size during iteration")
    assert rewrite(iterate_without_copy, original) is None


def copy_loop(body: str, params: str = "xs", before: str = "", iterable: str = "list(xs)") -> str:
    return f"def f({params}):\n    out = []\n{before}    for x in {iterable}:\n        {body}\n    return out\n"


@pytest.mark.parametrize("source", [
    # the body changes xs
    copy_loop("xs.append(x)"),
    copy_loop("xs.remove(x)"),
    copy_loop("xs.sort()"),
    copy_loop("del xs[0]"),
    copy_loop("xs[0] = x"),
    copy_loop("xs += [x]"),
    copy_loop("xs = [x]"),
    copy_loop("xs.attr = x"),
    copy_loop("(xs := [])"),
    # handed to something that may change it
    copy_loop("g(xs)"),
    copy_loop("out.append(xs)"),
    copy_loop("out.extend(xs)"),
    # other code runs while the loop waits
    copy_loop("yield x"),
    "async def f(xs):\n    for x in list(xs):\n        await g(x)\n",
    "async def f(xs):\n    for x in list(xs):\n        async with lock:\n            pass\n",
    # a closure or an alias may change it where it is not named
    copy_loop("grow()", before="    def grow():\n        xs.append(1)\n"),
    copy_loop("grow()", before="    grow = lambda: xs.append(1)\n"),
    copy_loop("ys.append(x)", before="    ys = xs\n"),
    copy_loop("box[0].append(x)", before="    box = [xs]\n"),
    copy_loop("pass", before="    keep(xs)\n"),
    copy_loop("pass", before="    with xs:\n        pass\n"),
    copy_loop("next(later)", before="    xs = []\n    later = (xs.append(1) for _ in range(3))\n"),
    copy_loop("out.append(x)", before="    xs = []\n    other = xs if out else None\n"),
    # a parameter may be reached under another name or through anything it calls
    copy_loop("ys.append(x)", params="xs, ys"),
    copy_loop("ys[x] = 1", params="xs, ys"),
    copy_loop("acc += [x]", params="xs, acc"),
    copy_loop("self.handle(x)", params="self, xs"),
    copy_loop("self.data[x] = 1", params="self, xs"),
    copy_loop("print(x)"),
    copy_loop("x.detach()"),
    copy_loop("row = ys\n        row[0] = x", params="xs, ys"),
    # maybe an iterator whose rest the body would read
    copy_loop("out.append(x in xs)"),
    copy_loop("out.append(sum(xs))"),
    copy_loop("for y in xs:\n            out.append(y)"),
    copy_loop("out.append(x)", params="xs: Iterator[int]"),
    copy_loop("out.append(x)", params="xs: typing.Iterable[int]"),
    # not a plain name of the function
    copy_loop("out.append(x)", params="self", iterable="list(self.items)"),
    copy_loop("out.append(x)", params="", iterable="list(XS)"),
    copy_loop("out.append(x)", params="", before="    global xs\n"),
    copy_loop("out.append(x)", before="    xs = load()\n"),
    copy_loop("out.append(x)", before="    xs = list(xs)\n"),
    copy_loop("out.append(x)", iterable="list(xs + [1])"),
    "def f(groups):\n    return [[y for y in list(g)] for g in groups]\n",
    # not a copy, or not the builtin
    copy_loop("out.append(x)", iterable="sorted(xs)"),
    copy_loop("out.append(x)", iterable="reversed(xs)"),
    copy_loop("out.append(x)", iterable="xs[1:]"),
    copy_loop("out.append(x)", iterable="xs[::-1]"),
    copy_loop("out.append(x)", iterable="list(xs, )[:]"),
    copy_loop("out.append(x)", iterable="xs.copy(deep=True)"),
    copy_loop("out.append(x)", iterable="set(xs)"),
    copy_loop("out.append(x)", params="xs, list=tuple"),
    copy_loop("out.append(x)", before="    tuple = list\n", iterable="tuple(xs)"),
    # the loop target writes into xs itself
    "def f(xs):\n    for xs[0] in list(xs):\n        pass\n    return xs\n",
    "def f(xs):\n    for xs in list(xs):\n        pass\n",
    "async def f(xs):\n    async for x in list(xs):\n        pass\n",
    # a generator kept for later walks xs as it is then, a copy as it was
    "def f(xs):\n    g = (x for x in list(xs))\n    xs.append(1)\n    return list(g)\n",
    "def f(xs):\n    return min((x for x in list(xs)), key=len)\n",
    # a comprehension whose element changes xs
    "def f(xs):\n    return [xs.pop() for x in list(xs)]\n",
    "def f(xs):\n    return {x: xs.append(x) for x in xs[:]}\n",
    # a comprehension inside a lambda runs whenever it is called
    "def f(xs):\n    return lambda: [x for x in list(xs)]\n",
])
def test_copy_left_alone(source: str) -> None:
    assert rewrite(iterate_without_copy, copy_loop("out.append(x)")) is not None  # the shape without the change
    compile(source, "<case>", "exec")
    assert rewrite(iterate_without_copy, source) is None, source


def test_items_returns_and_consumed_generators_do_not_hand_it_on() -> None:
    original = """
    def f(xs):
        first = xs[0] if xs else None
        words = [str(x) for x in xs]
        total = sum(len(w) for w in words) + len(xs)
        for x in list(xs):
            total += x
        return xs, first, total
    """
    new = rewritten(iterate_without_copy, original)
    assert "for x in xs:" in new
    same_behaviour(original, new, [([],), ([3, 1],), ([10],)])


def test_star_arguments_are_new_for_each_call() -> None:
    original = """
    def inner(*args, **options):
        out = []
        for a in list(args):
            out.append(notify(a))
        for key in list(options):
            out.append(key)
        return out
    """
    new = rewritten(iterate_without_copy, original)
    assert "for a in args:" in new and "for key in options:" in new
    helpers = "def notify(a):\n    return -a\n\ndef f(*args):\n    return inner(*args, **{f'k{a}': a for a in args})\n"
    same_behaviour(textwrap.dedent(original) + helpers, new + helpers, [(), (1, 2), (3,)])
    assert outcome(new + helpers, 1, 2) == "[-1, -2, 'k1', 'k2'] / [1, 2]"


def test_the_recipes_are_registered() -> None:
    found = rewrite_with_recipes(
        "def f(xs, limit):\n    t = 0\n    for x in list(xs):\n        t += x\n"
        "    return t, any([x > limit for x in xs])\n")
    names = {recipe.name for recipe, _ in found}
    assert {"generator-not-list", "iterate-not-copy"} <= names


def test_only_the_loop_that_qualifies_is_rewritten() -> None:
    original = """
    def f(xs, ys: list):
        out = []
        for y in list(ys):
            if y in out:
                ys.remove(y)
            out.append(y)
        for x in list(xs):
            out.append(x + 1)
        return out, ys
    """
    new = rewritten(iterate_without_copy, original)
    assert "for y in list(ys):" in new and "for x in xs:" in new
    same_behaviour(original, new, [([1, 2], [3, 3, 4, 3]), ([], [])])


# --- the standard library does not trip either recipe ------------------------------------------

@pytest.mark.parametrize("module", ["json.decoder", "json.encoder", "argparse", "ast", "textwrap"])
@pytest.mark.parametrize("recipe", [consume_lazily, iterate_without_copy])
def test_stdlib_functions_give_nothing_or_code_that_compiles(module: str, recipe: Recipe) -> None:
    tree = cst.parse_module(inspect.getsource(importlib.import_module(module)))
    functions = [f for f in m.findall(tree, m.FunctionDef()) if isinstance(f, cst.FunctionDef)]
    assert len(functions) > 5
    for function in functions:
        new = recipe(function)
        if new is not None:
            compile(cst.Module([]).code_for_node(new), "<rewritten>", "exec")
            assert recipe(new) is None
