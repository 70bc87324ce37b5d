"""The recency-dict recipe: a list kept in recency order (an LRU cache, a move-to-back list)
becomes a dict with the items as keys.  The rewrites it makes, that the rewritten function
answers like the original (results, exceptions with their messages, the arguments
afterwards) on many inputs, and the shapes it must leave alone."""

from __future__ import annotations

import math
import random

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import outcome, rewrite, same_behaviour, stdlib_functions
from wattlens.optimize import cst_facts as facts
from wattlens.optimize import recency
from wattlens.optimize.recency import recency_list_to_dict
from wattlens.optimize.recipes import RECIPES, rewrite_with_recipes


def applied(source: str) -> str:
    """The rewrite, checked to exist and to be left alone by a second application."""
    new = rewrite(recency_list_to_dict, source)
    assert new is not None, source
    assert rewrite(recency_list_to_dict, new) is None
    return new


def requests(rng: random.Random, keys: int, length: int) -> list[object]:
    """Requests with repeats and a skewed popularity."""
    return [f"k{min(int(rng.paretovariate(1.0)), keys)}" for _ in range(length)]


def lru_cases(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    cases: list[tuple[object, ...]] = [([], 0), ([], 3), (["a"], 0), (["a", "a", "a"], 1), (["a", "b", "a"], 1),
                                       (["a", "b", "c", "a", "d", "b"], 2), (list(range(10)) * 2, 4)]
    for _ in range(300):
        cases.append((requests(rng, rng.randrange(1, 12), rng.randrange(40)), rng.randrange(0, 7)))
    return cases


LRU = """
def f(requests, capacity):
    cache = []
    hits = misses = 0
    evicted = []
    for key in requests:
        if key in cache:
            hits += 1
            cache.remove(key)
        else:
            misses += 1
            if len(cache) >= capacity:
                evicted.append(cache.pop(0))
        cache.append(key)
    return hits, misses, evicted, cache
"""


def lru(start: str = "[]", hit: str = "cache.remove(key)", miss: str = "evicted.append(cache.pop(0))",
        after: str = "cache.append(key)", end: str = "return hits, evicted, cache", params: str = "requests, capacity",
        before: str = "", inside: str = "") -> str:
    """The LRU loop with its parts replaceable (for the shapes left alone)."""
    return (f"def f({params}):\n    cache = {start}\n    hits = 0\n    evicted = []\n{before}"
            f"    for key in requests:\n{inside}        if key in cache:\n            hits += 1\n            {hit}\n"
            f"        elif len(cache) >= capacity:\n            {miss}\n        {after}\n    {end}\n")


# --- what it rewrites ------------------------------------------------------------------------------


def test_an_lru_cache_becomes_a_dict() -> None:
    new = applied(LRU)
    assert "    cache = {}\n" in new
    assert "            del cache[key]\n" in new
    assert "                evicted.append(cache.pop(next(iter(cache))) if cache else [].pop(0))\n" in new
    assert "        cache[key] = key\n    return hits, misses, evicted, list(cache)\n" in new
    same_behaviour(LRU, new, lru_cases(1))


def test_capacity_zero_raises_the_lists_own_index_error() -> None:
    new = applied(LRU)
    assert outcome(new, ["a"], 0) == outcome(LRU, ["a"], 0) == "IndexError: pop from empty list"
    assert outcome(new, ["a", "b"], -1) == outcome(LRU, ["a", "b"], -1)


def test_the_recipe_is_registered_and_found_among_the_others() -> None:
    assert any(recipe.name == "recency-dict" and recipe.apply is recency_list_to_dict for recipe in RECIPES)
    assert recency.EXPLANATION.startswith("the list is kept in recency order")
    found = dict((recipe.name, text) for recipe, text in rewrite_with_recipes(LRU))
    assert "del cache[key]" in found["recency-dict"]


def test_move_to_back_with_not_in_and_eviction_in_a_while_loop() -> None:
    original = """
    def f(requests, capacity):
        recent = []
        order = []
        for key in requests:
            if key not in recent:
                while len(recent) >= capacity and recent:
                    order.append(recent.pop(0))
                recent.append(key)
            else:
                recent.remove(key)
                recent.append(key)
            order.append(len(recent))
        return order, recent
    """
    new = applied(original)
    # the `and recent` proves it is not empty: no guard
    assert "order.append(recent.pop(next(iter(recent))))" in new and "[].pop" not in new
    assert "            recent[key] = key\n" in new and "            del recent[key]\n" in new
    same_behaviour(original, new, lru_cases(2))


def test_evicting_the_newest_and_reading_both_ends() -> None:
    original = """
    def f(requests, capacity):
        stack = []
        seen = []
        for key in requests:
            if key in stack:
                stack.remove(key)
            elif len(stack) > capacity:
                seen.append(stack.pop())
                seen.append(stack[0] if stack else None)
            stack.append(key)
            seen.append((stack[0], stack[-1], len(stack), bool(stack)))
        if stack:
            seen.append(stack.pop(-1))
        return seen, sorted(stack), tuple(stack), ",".join(stack)
    """
    new = applied(original)
    assert "seen.append(stack.popitem()[0] if stack else [].pop())" in new
    assert "seen.append(next(iter(stack)) if stack else None)" in new
    # known not empty right after an append, and inside `if stack:`
    assert "seen.append((next(iter(stack)), next(reversed(stack)), len(stack), bool(stack)))" in new
    assert "        seen.append(stack.popitem()[0])\n" in new
    same_behaviour(original, new, lru_cases(3))


def test_reading_the_ends_of_a_list_that_may_be_empty_raises_alike() -> None:
    original = """
    def f(requests, n):
        cache = []
        for key in requests:
            if key in cache:
                cache.remove(key)
                first, last = cache[0], cache[-1]
            else:
                cache.append(key)
            if len(cache) > n:
                cache.pop(0)
        return cache[0], cache[-1]
    """
    new = applied(original)
    assert "first, last = (next(iter(cache)) if cache else [][0]), (next(reversed(cache)) if cache else [][-1])" in new
    for case in [([], 2), (["a", "a"], 2), (["a", "b", "a"], 3), (["a", "b"], 0), (["a", "b", "b"], 5)]:
        assert outcome(new, *case) == outcome(original, *case), case
    assert outcome(new, ["a", "a"], 2) == "IndexError: list index out of range"
    same_behaviour(original, new, lru_cases(4))


def test_equal_keys_of_different_types_behave_as_in_the_list() -> None:
    # 1 == 1.0 == True: the list never holds two of them, and neither does the dict.
    new = applied(LRU)
    cases: list[tuple[object, ...]] = [([1, 1.0, True, "1", 2, 2.0, 1], 2), ([True, 1, 0, False, 0.0], 1),
                                       ([(1, 2), (1.0, 2), (True, 2.0)], 1), ([1, 2, 3, True, 2.0], 5)]
    rng = random.Random(5)
    pool = [0, 1, 2, 0.0, 1.0, 2.0, True, False, "1", (1,), (1.0,), None, -0.0]
    cases += [([rng.choice(pool) for _ in range(rng.randrange(20))], rng.randrange(4)) for _ in range(300)]
    same_behaviour(LRU, new, cases)
    # the very objects come back, in the list's order
    expected = repr(((2, 1, [], [1.0]), ([1, True, 1.0], 5)))
    assert outcome(new, [1, True, 1.0], 5) == outcome(LRU, [1, True, 1.0], 5) == expected


def test_nan_is_found_by_identity_in_both() -> None:
    new = applied(LRU)
    nan = math.nan
    for case in ([nan, nan, float("nan")], 2), ([nan, 1.0, nan, float("nan"), 1], 1):
        assert outcome(new, *case) == outcome(LRU, *case)


def test_unhashable_items_raise_where_the_list_worked() -> None:
    # documented: the verifier's replay of real inputs catches these
    new = applied(LRU)
    assert outcome(LRU, [[1], [1]], 2) == repr(((1, 1, [], [[1]]), ([[1], [1]], 2)))
    assert outcome(new, [[1], [1]], 2) == "TypeError: unhashable type: 'list'"


def test_a_literal_start_an_annotation_and_a_copy() -> None:
    original = """
    def f(requests):
        recent: list[str] = ["home", 3, "about"]
        pages = []
        for page in requests:
            if page in recent:
                recent.remove(page)
            elif len(recent) == 3:
                pages.append(recent.pop(0))
            recent.append(page)
            pages.append(recent.copy())
            pages.append(recent[:])
        return pages, [p for p in recent if p != "home"], {p: 1 for p in recent}
    """
    new = applied(original)
    assert '    recent: dict[str, str] = {"home": "home", 3: 3, "about": "about"}\n' in new
    assert "pages.append(list(recent))" in new
    # three items from the start, so `pop(0)` there needs no guard
    same_behaviour(original, new, [(["home"],), (["x", "home", 3, "x"],), ([],),
                                   *[(requests(random.Random(i), 6, 20),) for i in range(100)]])


def test_a_list_per_batch_break_continue_and_clear() -> None:
    original = """
    def f(batches, capacity):
        out = []
        for batch in batches:
            window = list()
            for key in batch:
                if key is None:
                    continue
                if key == "stop":
                    break
                if key == "reset":
                    window.clear()
                    continue
                if key in window:
                    window.remove(key)
                if len(window) >= capacity:
                    window.pop(0)
                window.append(key)
            else:
                out.append("whole")
            out.append([k for k in window])
            total = 0
            for k in window:
                total += len(k)
            out.append(total)
        return out
    """
    new = applied(original)
    assert "        window = {}\n" in new and "window.clear()" in new and "window[key] = key" in new
    rng = random.Random(6)
    keys = ["a", "bb", "c", None, "stop", "reset", "dd"]
    cases: list[tuple[object, ...]] = [([], 2), ([["a", "a"], []], 1)]
    cases += [([[rng.choice(keys) for _ in range(rng.randrange(12))] for _ in range(rng.randrange(4))],
                rng.randrange(1, 4)) for _ in range(300)]
    same_behaviour(original, new, cases)


def test_exceptions_and_handlers() -> None:
    original = """
    def f(requests, capacity):
        import contextlib
        cache = []
        log = []
        for key in requests:
            try:
                if key in cache:
                    cache.remove(key)
                elif len(cache) >= capacity:
                    log.append(cache.pop(0))
                cache.append(key)
                log.append(10 // len(key))
            except ZeroDivisionError:
                log.append("empty key")
                if key not in cache:
                    cache.append(key)
            with contextlib.suppress(TypeError):
                if key in cache and key == "x":
                    cache.remove(key)
                    log.append(key + 1)
                    if "late" not in cache:
                        cache.append("late")
        return log, cache
    """
    new = applied(original)
    assert ("        except ZeroDivisionError:\n            log.append(\"empty key\")\n"
            "            if key not in cache:\n                cache[key] = key\n") in new
    rng = random.Random(7)
    cases: list[tuple[object, ...]] = [(["", "x", "", "x", "y"], 2), (["a", "b", ""], 0)]
    cases += [([rng.choice(["", "x", "yy", "z"]) for _ in range(rng.randrange(15))], rng.randrange(4))
              for _ in range(200)]
    same_behaviour(original, new, cases)


def test_a_search_with_an_early_return_and_pairs_as_keys() -> None:
    original = """
    def f(edges, limit):
        visited = []
        for a, b in edges:
            if (a, b) in visited:
                visited.remove((a, b))
                if a == b:
                    return "loop", visited
            elif len(visited) > limit:
                visited.pop(0)
            visited.append((a, b))
        return "done", visited
    """
    new = applied(original)
    assert "del visited[(a, b)]" in new and "visited[(a, b)] = (a, b)" in new
    assert '            return "loop", list(visited)\n' in new
    rng = random.Random(8)
    same_behaviour(original, new, [([(rng.randrange(4), rng.randrange(4)) for _ in range(rng.randrange(25))],
                                    rng.randrange(-1, 4)) for _ in range(300)])


def test_two_lists_are_both_rewritten() -> None:
    original = """
    def f(requests, capacity):
        hot = []
        cold = []
        for key in requests:
            if key in hot:
                hot.remove(key)
            else:
                if key in cold:
                    cold.remove(key)
                if len(hot) >= capacity:
                    old = hot.pop(0)
                    if old not in cold:
                        cold.append(old)
            hot.append(key)
        return hot, cold
    """
    new = applied(original)
    assert "    hot = {}\n    cold = {}\n" in new and "cold[old] = old" in new
    same_behaviour(original, new, lru_cases(9))


# --- what it leaves alone --------------------------------------------------------------------------


@pytest.mark.parametrize("source", [
    # the item may already be there, or may not be there to remove
    lru(hit="pass"),
    lru(after="cache.append(key); cache.append(key)"),
    lru(hit="cache.remove(key); key = key.upper()"),
    lru(hit="cache.remove(key)\n            key = key * 2"),
    lru(after="cache.append(key)\n        cache.remove(key)\n        cache.remove(key)\n        cache.append(key)"),
    lru(miss="cache.remove(key)"),
    lru(hit="cache.remove(requests)"),
    lru(inside="        if key == 'x':\n            cache.append('x')\n"),
    "def f(requests):\n    cache = []\n    for key in requests:\n        cache.append(key)\n        cache.pop(0)\n"
    "    return cache\n",
    "def f(requests, n):\n    cache = []\n    for key in requests:\n        if key not in cache:\n"
    "            for _ in range(n):\n                cache.append(key)\n        cache.pop()\n    return cache\n",
    "def f(requests):\n    cache = []\n    for key in requests:\n        if key in cache:\n            break\n"
    "        cache.append(key)\n        cache.pop(0)\n    cache.append(key)\n    return cache\n",
    "def f(requests):\n    cache = []\n    for key in requests:\n        try:\n            cache.remove(key)\n"
    "        except ValueError:\n            pass\n        cache.append(key)\n    return cache\n",
    "def f(requests):\n    cache = []\n    for key in requests:\n        try:\n            if key not in cache:\n"
    "                cache.append(key)\n        except TypeError:\n            cache.append(key)\n"
    "        cache.pop(0)\n    return cache\n",
    # an item whose value the pass cannot follow
    "def f(requests):\n    cache = []\n    for r in requests:\n        if r.key in cache:\n"
    "            cache.remove(r.key)\n        cache.append(r.key)\n        cache.pop(0)\n    return cache\n",
    "def f(requests):\n    cache = []\n    for key in requests:\n        if KEY in cache:\n"
    "            cache.remove(KEY)\n        cache.append(key)\n    return cache\n",
    "def f(requests):\n    cache = []\n    def g():\n        nonlocal key\n        key = 0\n    for key in requests:\n"
    "        if key in cache:\n            cache.remove(key)\n        else:\n            g()\n"
    "        cache.append(key)\n    return cache\n",
    "def f(requests):\n    cache = []\n    for key in requests:\n        if (k := key) in cache:\n"
    "            cache.remove(k)\n        cache.append(key)\n    return cache\n",
    # not a local list of this function
    lru(params="requests, capacity, cache"),
    "def f(self, requests):\n    self.cache = []\n    for key in requests:\n        if key in self.cache:\n"
    "            self.cache.remove(key)\n        self.cache.append(key)\n    return self.cache\n",
    "def f(requests):\n    global cache\n    cache = []\n    for key in requests:\n        if key in cache:\n"
    "            cache.remove(key)\n        cache.append(key)\n",
    lru(start="make()"),
    lru(start="[1, 1]"),
    lru(start="[1, True]"),
    lru(start="[1.0]"),
    lru(start="list(requests)"),
    lru(before="    cache = requests\n"),
    lru(before="    a = cache = []\n"),
    lru(inside="        cache += [key]\n"),
    lru(before="    del cache\n"),
    # used in a way a dict does not answer alike, or kept by someone
    lru(end="print(cache)"),
    lru(end="return cache.index('a')"),
    lru(end="return cache[1]"),
    lru(end="return cache == []"),
    lru(end="return 'a' in cache in [[], ['a']]"),
    lru(end="return 'a' in cache == {}"),
    lru(end="yield cache"),
    lru(before="    alias = cache\n"),
    lru(after="cache.insert(0, key)"),
    lru(after="cache.extend([key])"),
    lru(inside="        cache.sort()\n"),
    lru(inside="        cache[0] = key\n"),
    lru(miss="cache.pop(1)"),
    lru(miss="del cache[0]"),
    lru(inside="        peek = lambda: cache[0]\n"),
    lru(end="return (k for k in cache)"),
    lru(end="return list(enumerate(cache))"),
    lru(end="return sorted(cache, key=len)"),
    lru(before="    seen = locals()\n"),
    lru(params="requests, capacity, list=list"),
    lru(before="    next = 0\n"),
    # a change that may not run, or with another mention of the list
    lru(miss="capacity and cache.pop(0)"),
    lru(miss="cache.pop(0) if cache else None"),
    lru(miss="cache.append(cache.pop(0))"),
    lru(miss="evicted.extend([cache.pop(0) for _ in range(1)])"),
    lru(inside="        for k in cache:\n            cache.remove(k)\n"),
    lru(inside="        while cache.pop(0) != key:\n            pass\n"),
    # headers and clauses the pass does not follow
    lru(inside="        with cache:\n            pass\n"),
    lru(inside="        try:\n            pass\n        finally:\n            cache.clear()\n"),
    lru(inside="        match key:\n            case 'x':\n                cache.clear()\n"),
    "async def f(requests):\n    cache = []\n    async for key in requests:\n        if key in cache:\n"
    "            cache.remove(key)\n        cache.append(key)\n    async for k in cache:\n        pass\n",
    # no removal at all (the dedupe and shadow-set recipes cover a list that only grows)
    "def f(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n            out.append(x)\n    return out\n",
])
def test_left_alone(source: str) -> None:
    assert rewrite(recency_list_to_dict, lru()) is not None  # the shape without the change
    compile(source, "<case>", "exec")
    assert rewrite(recency_list_to_dict, source) is None, source


def test_never_raises_on_odd_shapes() -> None:
    for source in ["def f(): pass\n", "def f(x): return x\n", "def f(x): x.append(1); x.pop(0)\n",
                   "def f():\n    c = []\n    c.append(1)\n    c.pop(0)\n    return c\n"]:
        rewrite(recency_list_to_dict, source)


@pytest.mark.parametrize("module", ["json.decoder", "argparse", "ast", "textwrap", "functools", "collections"])
def test_stdlib_functions_give_none_or_code_that_compiles(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = facts.repeatedly(recency._one_list, function)  # unguarded: a crash here is a bug
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), f"<{module}.{function.name.value}>", "exec")
            assert recency_list_to_dict(rewritten) is None
