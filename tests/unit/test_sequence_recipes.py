"""The index-lookup and append-not-concat recipes: the rewrites they make, that the
rewritten function answers like the original (results, exceptions with their messages,
and what happens to the arguments), and the shapes they must leave alone."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from tests.unit.recipe_outcomes import outcome, rewrite, same_behaviour
from wattlens.optimize.sequences import append_not_concatenate, index_with_positions


def index_loop(before: str = "", inside: str = "") -> str:
    """`xs.index(v)` in a loop, with `before` the loop and `inside` it after the lookup."""
    loop = "    out = []\n    for v in vs:\n        out.append(xs.index(v))\n"
    return f"def f(xs, vs):\n{before}{loop}{inside}    return out\n"


def acc_loop(start: str = "[]", loop: str = "for x in xs:", concatenation: str = "acc = acc + [x]",
             before: str = "", inside: str = "") -> str:
    """`acc = acc + [x]` in a loop, with `before` the loop and `inside` it after the concatenation."""
    return f"def f(xs):\n    acc = {start}\n{before}    {loop}\n        {concatenation}\n{inside}    return acc\n"


# --- xs.index(v) inside a loop → first positions built once ----------------------------------

INDEX_CASES: list[tuple[object, ...]] = [
    ([], []),
    ([], [1]),  # empty list: ValueError "1 is not in list"
    ([3, 1, 3, 2, 1], [1, 3, 2, 3]),  # duplicates: the first position
    ([3, 1, 2], [2, 5]),  # missing after a hit
    ([True, 1.0, 1, 0], [1, 1.0, True, 0, False]),  # equal values of different types collide alike
    (["b", "a", None, (1, 2)], [None, (1, 2), "a"]),
    ([None], ["None"]),
    (list(range(200)) * 2, [199, 0, 57, 57]),
]


def test_index_in_a_loop_looks_up_first_positions() -> None:
    original = """
    def f(xs, vs):
        out = []
        for v in vs:
            out.append(xs.index(v) + 1)
        return out
    """
    new = rewrite(index_with_positions, original)
    assert new is not None
    assert "xs_positions = dict(zip(reversed(xs), range(len(xs) - 1, -1, -1)))\n    for v in vs:" in new
    assert "out.append((xs_positions[v] if v in xs_positions else xs.index(v)) + 1)" in new
    same_behaviour(original, new, INDEX_CASES)


def test_a_missing_value_raises_the_original_error_and_message() -> None:
    original = "def f(xs, vs):\n    return [xs.index(v) for v in vs]\n"
    new = rewrite(index_with_positions, original)
    assert new is not None
    assert outcome(new, [1, 2], [2, "x"]) == outcome(original, [1, 2], [2, "x"]) == "ValueError: 'x' is not in list"
    same_behaviour(original, new, INDEX_CASES)


@pytest.mark.parametrize("source", [
    # a comprehension, with a condition
    "def f(xs, vs):\n    return [xs.index(v) for v in vs if v is not None]\n",
    # a generator consumed on the spot
    "def f(xs, vs):\n    total = sum(xs.index(v) for v in vs)\n    return total\n",
    # a while loop; the list is read (len) but not changed
    "def f(xs, vs):\n    i, out = 0, []\n    while i < len(vs):\n        v = vs[i]\n"
    "        out.append((v, xs.index(v), len(xs)))\n        i += 1\n    return out\n",
    # a tuple
    "def f(xs: tuple[int, ...], vs):\n    return [xs.index(v) for v in vs]\n",
])
def test_index_shapes_keep_their_answers(source: str) -> None:
    new = rewrite(index_with_positions, source)
    assert new is not None and "_positions" in new
    same_behaviour(source, new, [*INDEX_CASES, ((4, 3, 4), [4, 3]), ((), [1])])


def test_a_sorted_local_and_a_subscript_value() -> None:
    source = ("def f(data, pairs):\n    xs = sorted(data)\n    found = {}\n    for p in pairs:\n"
              "        found[p[0]] = xs.index(p[0])\n    return found\n")
    new = rewrite(index_with_positions, source)
    assert new is not None and "(xs_positions[p[0]] if p[0] in xs_positions else xs.index(p[0]))" in new
    same_behaviour(source, new, [([3, 1, 2, 1], [(1, "a"), (2, "b")]), ([], []), ([1], [(9, "z")]), ([2, 2], [(2, 0)])])


def test_random_lists_with_duplicates_and_misses() -> None:
    original = """
    def f(xs, vs):
        return [(v, xs.index(v)) for v in vs]
    """
    new = rewrite(index_with_positions, original)
    assert new is not None
    rng = random.Random(20240607)
    cases: list[tuple[object, ...]] = []
    for _ in range(300):
        xs = [rng.randrange(8) for _ in range(rng.randrange(12))]
        cases.append((xs, [rng.randrange(9) for _ in range(rng.randrange(4))]))
    same_behaviour(original, new, cases)


def test_two_lists_each_get_positions_and_a_second_pass_changes_nothing() -> None:
    original = """
    def f(xs, ys, vs):
        out = []
        for v in vs:
            out.append(xs.index(v) - ys.index(v))
        return out
    """
    new = rewrite(index_with_positions, original)
    assert new is not None and "xs_positions = " in new and "ys_positions = " in new
    assert rewrite(index_with_positions, new) is None
    same_behaviour(original, new, [([1, 2, 3], [3, 2, 1], [1, 2, 3]), ([1], [2], [1]), ([], [], [])])


def test_text_passed_to_an_unannotated_parameter_still_answers_alike() -> None:
    # Not the intended use (text is left alone where it is visible), but not wrong either:
    # one character finds its first position, anything longer falls back to str.index.
    original = "def f(xs, vs):\n    return [xs.index(v) for v in vs]\n"
    new = rewrite(index_with_positions, original)
    assert new is not None
    same_behaviour(original, new, [("banana", ["n", "a", "b"]), ("banana", ["an", ""]), ("banana", ["x"]),
                                   ("banana", [1]), ("", [""]), (b"abca", [97, b"ca"]), (b"abc", [300])])


def test_unhashable_items_are_left_to_the_verifier() -> None:
    # The dict needs hashable items: the rewrite fails where the original answered, and the
    # verifier's replay rejects it (as it does for the other recipes' sets and Counters).
    original = "def f(xs, vs):\n    return [xs.index(v) for v in vs]\n"
    new = rewrite(index_with_positions, original)
    assert new is not None
    assert outcome(original, [[1], [2]], [[2]]) == repr(([1], ([[1], [2]], [[2]])))
    assert outcome(new, [[1], [2]], [[2]]).startswith("TypeError")


@pytest.mark.parametrize("source", [
    # text: str.index finds substrings
    "def f(xs: str, vs):\n    return [xs.index(v) for v in vs]\n",
    "def f(xs: bytes, vs):\n    return [xs.index(v) for v in vs]\n",
    "def f(vs):\n    xs = 'abcdef'\n    return [xs.index(v) for v in vs]\n",
    "def f(words, vs):\n    xs = ' '.join(words)\n    return [xs.index(v) for v in vs]\n",
    # no .index at all: the original raises AttributeError
    "def f(xs: set[int], vs):\n    return [xs.index(v) for v in vs]\n",
    # the list changes in the loop
    index_loop(inside="        xs.append(v)\n"),
    index_loop(inside="        xs[0] = v\n"),
    index_loop(inside="        shuffle(xs)\n"),
    index_loop(inside="        xs = xs[1:]\n"),
    "def f(groups, v):\n    return [xs.index(v) for xs in groups]\n",
    # an alias changes it unnamed
    index_loop(before="    ys = xs\n", inside="        ys.append(v)\n"),
    index_loop(inside="        out.append(xs)\n        out[-2].append(0)\n"),
    index_loop(before="    def grow():\n        xs.append(0)\n", inside="        grow()\n"),
    # the value is not simple: evaluated twice it may differ
    "def f(xs, vs):\n    return [xs.index(next(vs)) for _ in range(3)]\n",
    "def f(xs, vs):\n    return [xs.index(v + 1) for v in vs]\n",
    # start/stop arguments
    "def f(xs, vs):\n    return [xs.index(v, 1) for v in vs]\n",
    # the lookup may run after the statement, when xs may have changed
    "def f(xs, vs):\n    g = (xs.index(v) for v in vs)\n    return g\n",
    "def f(xs, vs):\n    keys = []\n    for v in vs:\n        keys.append(lambda: xs.index(v))\n    return keys\n",
    "def f(xs, vs):\n    for v in vs:\n        yield xs.index(v)\n",
    # not in a loop; maybe unbound; a global; not a variable of this function
    "def f(xs, v):\n    return xs.index(v)\n",
    "def f(data, vs):\n    if data:\n        xs = data\n    return [xs.index(v) for v in vs]\n",
    "def f(vs):\n    global xs\n    return [xs.index(v) for v in vs]\n",
    "def f(vs):\n    return [XS.index(v) for v in vs]\n",
    "def f(self, vs):\n    return [self.index(v) for v in vs]\n",
    # a builtin the build needs is shadowed
    "def f(xs, vs, zip=None):\n    return [xs.index(v) for v in vs]\n",
])
def test_index_left_alone(source: str) -> None:
    assert rewrite(index_with_positions, index_loop()) is not None  # the shape without the change
    assert rewrite(index_with_positions, source) is None, source


# --- xs.index(v) in a key function consumed on the spot ---------------------------------------

KEY_CASES: list[tuple[object, ...]] = [
    ([], []),
    ([], [1, 2]),
    ([1], []),  # ValueError "1 is not in list" from the empty order
    ([3, 1, 2, 1], [1, 2, 3]),
    ([2, 5, 1], [1, 2, 3]),  # 5 is not in the order: the same ValueError and message
    ([2, 1, 3], [3, 1, 3, 2, 1]),  # duplicates in the order: the first position
    ([True, 1, 0, 1.0], [1, 0]),
    (["b", None, "a"], ["a", None, "b"]),
]


def test_a_sorted_key_looks_up_first_positions() -> None:
    original = "def f(items, order):\n    return sorted(items, key=lambda x: order.index(x))\n"
    new = rewrite(index_with_positions, original)
    assert new is not None
    assert "    order_positions = dict(zip(reversed(order), range(len(order) - 1, -1, -1)))\n    return sorted(" in new
    assert "key=lambda x: (order_positions[x] if x in order_positions else order.index(x)))" in new
    assert rewrite(index_with_positions, new) is None
    same_behaviour(original, new, KEY_CASES)
    assert outcome(new, [2, 5], [2]) == outcome(original, [2, 5], [2]) == "ValueError: 5 is not in list"


def test_ties_keep_their_order_and_a_sort_in_place_leaves_the_same_list() -> None:
    original = """
    def f(items, priority):
        items.sort(key=lambda item: priority.index(item.kind))
        return [item.name for item in items]
    """
    new = rewrite(index_with_positions, original)
    assert new is not None and "priority_positions[item.kind] if item.kind in priority_positions" in new

    def tasks(*kinds: str) -> list[SimpleNamespace]:
        return [SimpleNamespace(kind=kind, name=number) for number, kind in enumerate(kinds)]

    same_behaviour(original, new, [
        (tasks("low", "high", "mid", "high", "low", "mid"), ["high", "mid", "low"]),
        (tasks("b", "a", "b"), ["a", "b", "a"]),
        (tasks(), ["a"]),
        (tasks(), []),
        (tasks("a", "urgent", "b"), ["a", "b"]),  # ValueError: 'urgent' is not in list
    ])


def test_min_and_max_keys_with_a_subscript_argument() -> None:
    original = """
    def f(rows, ranking):
        best = min(rows, key=lambda r: ranking.index(r[0]))
        worst = max(rows, key=lambda r: ranking.index(r[0]))
        return best, worst
    """
    new = rewrite(index_with_positions, original)
    assert new is not None and new.count("ranking_positions = dict(") == 1
    assert "(ranking_positions[r[0]] if r[0] in ranking_positions else ranking.index(r[0]))" in new
    same_behaviour(original, new, [
        ([("b", 1), ("a", 2), ("c", 3), ("a", 4), ("c", 5)], ["a", "b", "c"]),  # ties: the first of them
        ([("x", 1)], ["x"]),
        ([], ["a"]),  # ValueError: min() arg is an empty sequence
        ([("a", 1), ("z", 2)], ["a"]),  # ValueError: 'z' is not in list
    ])


def test_heapq_keys() -> None:
    original = """
    def f(k, xs, order):
        import heapq
        return heapq.nsmallest(k, xs, key=lambda x: order.index(x)), heapq.nlargest(k, xs, key=lambda x: order.index(x))
    """
    new = rewrite(index_with_positions, original)
    assert new is not None and new.count("order_positions[x] if x in order_positions") == 2
    order = ["c", "a", "d", "b", "a"]
    same_behaviour(original, new, [
        (2, ["a", "b", "c", "d", "a"], order), (1, ["b", "d"], order), (10, ["b", "d", "c"], order),
        (0, ["q"], order), (3, [], order), (2, ["a", "q", "b"], order), (3, ["a", "b"], []),
    ])


def test_sorted_over_the_list_it_looks_up_in() -> None:
    # `sorted` sorts a new list: the key reads `xs` as it was (order-keeping deduplication).
    original = "def f(xs):\n    return sorted(set(xs), key=lambda v: xs.index(v))\n"
    new = rewrite(index_with_positions, original)
    assert new is not None and "xs_positions[v] if v in xs_positions" in new
    same_behaviour(original, new, [([],), ([3, 1, 3, 2, 1],), ([5, 4, 5, 4, 0],)])


def test_a_key_inside_a_loop_builds_once_before_it() -> None:
    original = """
    def f(groups, order):
        out = []
        for group in groups:
            out.append(sorted(group, key=lambda x: order.index(x)))
        return out
    """
    new = rewrite(index_with_positions, original)
    assert new is not None
    assert "    order_positions = dict(zip(reversed(order), range(len(order) - 1, -1, -1)))\n    for group" in new
    same_behaviour(original, new, [([], [1]), ([[2, 1], [], [3, 3, 1]], [3, 1, 2]), ([[1], [4]], [1, 2])])


def test_random_keys_with_duplicates_and_misses() -> None:
    original = "def f(items, order):\n    return sorted(items, key=lambda x: order.index(x), reverse=True)\n"
    new = rewrite(index_with_positions, original)
    assert new is not None
    rng = random.Random(7)
    cases: list[tuple[object, ...]] = []
    for _ in range(300):
        order = [rng.randrange(8) for _ in range(rng.randrange(10))]
        cases.append(([rng.randrange(9) for _ in range(rng.randrange(6))], order))
    same_behaviour(original, new, cases)


def test_sorting_the_list_the_key_reads_is_a_change() -> None:
    # While list.sort runs the list looks empty: the key's lookup raises, a dict would answer.
    source = "def f(items):\n    items.sort(key=lambda x: items.index(x))\n    return items\n"
    assert outcome(source, [2, 1]) == "ValueError: 2 is not in list"
    assert rewrite(index_with_positions, source) is None


@pytest.mark.parametrize("source", [
    # the key is bound to a name first: it may be called after the statement
    "def f(items, order):\n    k = lambda x: order.index(x)\n    return sorted(items, key=k)\n",
    # not the builtin, or not heapq's
    "def f(items, order, sorted=sorted):\n    return sorted(items, key=lambda x: order.index(x))\n",
    "def f(rows, order):\n    max = choose\n    return max(rows, key=lambda x: order.index(x))\n",
    "def f(xs, order, heapq):\n    return heapq.nsmallest(2, xs, key=lambda x: order.index(x))\n",
    # a function that may keep the key
    "def f(items, order):\n    return my_sort(items, key=lambda x: order.index(x))\n",
    "def f(items, order):\n    return tools.sorted(items, key=lambda x: order.index(x))\n",
    # sorting the list the key reads, itself or through an alias
    "def f(order):\n    order.sort(key=lambda x: order.index(x))\n",
    "def f(order):\n    alias = order\n    alias.sort(key=lambda x: order.index(x))\n",
    # the lambda's parameter is another object of the same name
    "def f(items, order):\n    return sorted(items, key=lambda order: order.index(1))\n",
    "def f(rows, order):\n    return sorted(rows, key=lambda order: sorted(order, key=lambda x: order.index(x)))\n",
    # the argument is not simple: evaluated twice it may differ
    "def f(items, order):\n    return sorted(items, key=lambda x: order.index(norm(x)))\n",
    # the key changes the list or keeps it
    "def f(items, order):\n    return sorted(items, key=lambda x: (order.index(x), order.pop()))\n",
    "def f(items, order, seen):\n    return sorted(items, key=lambda x: (order.index(x), seen.append(order)))\n",
    # not a plain one-parameter lambda (the default is bound outside it)
    "def f(items, order):\n    return sorted(items, key=lambda x, o=order: o.index(x) + order.index(x))\n",
    # a key, but in a generator kept for later
    "def f(rows, order):\n    g = (sorted(r, key=lambda x: order.index(x)) for r in rows)\n    return g\n",
    # not the key
    "def f(items, order):\n    return sorted(items, reverse=lambda x: order.index(x))\n",
    # text: str.index finds substrings
    "def f(items, order: str):\n    return sorted(items, key=lambda c: order.index(c))\n",
    # guarded: the build would run (and fail on None) where the lookups do not
    "def f(items, order):\n    if order is not None:\n        items.sort(key=lambda i: order.index(i))\n",
    "def f(items, order):\n    return sorted(items, key=lambda i: order.index(i)) if order else items\n",
    "def f(items, order):\n    return order and sorted(items, key=lambda i: order.index(i))\n",
])
def test_key_left_alone(source: str) -> None:
    plain = "def f(items, order):\n    return sorted(items, key=lambda x: order.index(x))\n"
    assert rewrite(index_with_positions, plain) is not None  # the shape without the change
    compile(source, "<case>", "exec")
    assert rewrite(index_with_positions, source) is None, source


# --- acc = acc + [e] inside a loop → acc.append(e) -----------------------------------------------

def test_concatenating_one_item_becomes_an_append() -> None:
    original = """
    def f(xs):
        acc = []
        for x in xs:
            acc = acc + [x * 2]
        return acc
    """
    new = rewrite(append_not_concatenate, original)
    assert new is not None and "        acc.append(x * 2)\n" in new and "acc + " not in new
    same_behaviour(original, new, [([],), ([1, 2, 2],), (list(range(100)),)])


def test_several_items_and_comprehensions_are_extended_whole() -> None:
    original = """
    def f(xs):
        acc: list[int] = list(xs)
        for x in xs:
            acc = acc + [x, -x]
            acc = acc + [y for y in range(x)]; n = len(acc)
        return acc, n
    """
    new = rewrite(append_not_concatenate, original)
    assert new is not None
    assert "acc.extend([x, -x])" in new and "acc.extend([y for y in range(x)]); n = len(acc)" in new
    # `list(xs)` was a copy: the argument is never changed.
    same_behaviour(original, new, [([],), ([3],), ([0, 2, 1],)])


def test_reads_that_keep_nothing_are_allowed() -> None:
    original = """
    def f(xs, limit):
        acc = [1, 1]
        while len(acc) < limit:
            if acc and acc[-1] not in xs and acc.count(acc[0]) < 3:
                acc = acc + [acc[-1] + acc[-2]]
            else:
                acc = acc + [max(acc) + sorted(acc)[0]]
            for y in acc[:2]:
                xs.append(y)
        return acc
    """
    new = rewrite(append_not_concatenate, original)
    assert new is not None
    assert "acc.append(acc[-1] + acc[-2])" in new and "acc.append(max(acc) + sorted(acc)[0])" in new
    same_behaviour(original, new, [([], 0), ([], 10), ([2, 3, 5], 8), ([1], 5)])


def test_iterating_it_in_a_loop_that_does_not_grow_it_is_allowed() -> None:
    original = """
    def f(xs):
        acc = []
        for x in xs:
            total = 0
            for y in acc:
                total += y
            acc = acc + [total + x]
        return acc
    """
    new = rewrite(append_not_concatenate, original)
    assert new is not None and "acc.append(total + x)" in new
    same_behaviour(original, new, [([],), ([1, 2, 3],)])


def test_a_failing_right_side_leaves_the_list_as_it_was() -> None:
    original = """
    def f(xs):
        acc = []
        for x in xs:
            try:
                acc = acc + [x, 10 // x]
            except ZeroDivisionError:
                acc = acc + [None]
        return acc
    """
    new = rewrite(append_not_concatenate, original)
    assert new is not None and "acc.extend([x, 10 // x])" in new and "acc.append(None)" in new
    same_behaviour(original, new, [([1, 0, 2],), ([0],), ([],)])


def test_random_inputs_through_branches_and_reads() -> None:
    original = """
    def f(xs):
        acc = []
        for x in xs:
            if x % 3 == 0 and x not in acc:
                acc = acc + [x, len(acc)]
            elif acc and x > acc[-1]:
                acc = acc + [x - acc[0]]
        return acc, sum(acc)
    """
    new = rewrite(append_not_concatenate, original)
    assert new is not None and "acc.extend([x, len(acc)])" in new and "acc.append(x - acc[0])" in new
    assert rewrite(append_not_concatenate, new) is None
    rng = random.Random(11)
    same_behaviour(original, new, [([rng.randrange(-5, 20) for _ in range(rng.randrange(15))],) for _ in range(200)])


def test_every_loop_is_rewritten_and_anything_goes_after_the_last() -> None:
    original = """
    def f(xs, snapshots):
        acc = []
        for x in xs:
            acc = acc + [x]
        for x in xs:
            acc = acc + [x + 1]
        snapshots.append(acc)
        alias = acc
        alias.append(0)
        return acc
    """
    new = rewrite(append_not_concatenate, original)
    assert new is not None and "acc.append(x)" in new and "acc.append(x + 1)" in new
    same_behaviour(original, new, [([], []), ([1, 2], [[9]])])


@pytest.mark.parametrize("source", [
    # a parameter: the caller may hold the list
    "def f(acc, xs):\n    for x in xs:\n        acc = acc + [x]\n    return acc\n",
    # not a fresh list
    "def f(xs, ys):\n    acc = ys\n    for x in xs:\n        acc = acc + [x]\n    return acc\n",
    "def f(xs):\n    acc = make()\n    for x in xs:\n        acc = acc + [x]\n    return acc\n",
    "def f(xs):\n    acc, n = [], 0\n    for x in xs:\n        acc = acc + [x]\n    return acc\n",
    # an alias made before or during the loop
    acc_loop(before="    alias = acc\n"),
    acc_loop(before="    snapshots = []\n", inside="        snapshots.append(acc)\n"),
    acc_loop(inside="        print(acc)\n"),
    acc_loop(concatenation="acc = acc + [acc]"),
    acc_loop(inside="        if x:\n            return acc\n"),
    acc_loop(inside="        yield acc\n"),
    acc_loop(inside="        other = acc or None\n"),
    acc_loop(inside="        acc = []\n"),
    # captured by a closure or a comprehension
    acc_loop(before="    get = lambda: acc\n"),
    acc_loop(inside="        later = lambda: acc\n"),
    acc_loop(inside="        copies = [acc for _ in range(2)]\n"),
    acc_loop(inside="        def g():\n            acc = acc + [x]\n"),
    "def f(xs):\n    global acc\n    acc = []\n    for x in xs:\n        acc = acc + [x]\n    return acc\n",
    # iterating a snapshot while growing it
    acc_loop(start="list(xs)", loop="for x in acc:"),
    acc_loop(start="list(xs)", concatenation="for y in acc:\n            acc = acc + [y]"),
    # the right side is not a list display: `list + x` demands a list, extend takes any iterable
    acc_loop(concatenation="acc = acc + xs"),
    acc_loop(concatenation="acc = acc + list(x)"),
    acc_loop(concatenation="acc = acc + (x,)"),
    # prepending, or not a plain `acc = acc + [...]`
    acc_loop(concatenation="acc = [x] + acc"),
    acc_loop(concatenation="acc = acc + [x] + [x]"),
    acc_loop(concatenation="acc = other = acc + [x]"),
    acc_loop(concatenation="acc += [x]"),
    # not in a loop
    "def f(x):\n    acc = []\n    acc = acc + [x]\n    return acc\n",
])
def test_concatenation_left_alone(source: str) -> None:
    assert rewrite(append_not_concatenate, acc_loop()) is not None  # the shape without the change
    compile(source, "<case>", "exec")
    assert rewrite(append_not_concatenate, source) is None, source
