"""The select-not-sort recipe: where it applies, that the rewrite returns what the sorted
slice returned (ties, keys, empty input and incomparable items included), and where it
must stay away."""

from __future__ import annotations

import copy
import textwrap

from wattlens.optimize.recipes import rewrite_with_recipes


def rewrite(source: str) -> str | None:
    found = {recipe.name: text for recipe, text in rewrite_with_recipes(textwrap.dedent(source))}
    return found.get("select-not-sort")


def outcome(source: str, *args: object) -> object:
    scope: dict[str, object] = {}
    exec("import heapq\n" + textwrap.dedent(source), scope)
    function = scope["pick"]
    assert callable(function)
    try:
        return function(*args)
    except Exception as error:  # the exception's type is the outcome
        return type(error)


class Item:
    """Equal by price, told apart by name: ties show which equal item a rewrite keeps."""

    def __init__(self, name: str, price: int) -> None:
        self.name, self.price = name, price

    def __repr__(self) -> str:
        return self.name


CASES: list[tuple[object, ...]] = [
    ([Item("a", 3), Item("b", 1), Item("c", 1), Item("d", 3)],),
    ([Item("only", 5)],),
    ([],),
    ([Item(str(i), i % 7) for i in range(50)],),
]


def same_behaviour(original: str, rewritten: str, cases: list[tuple[object, ...]]) -> None:
    for case in cases:
        assert repr(outcome(rewritten, *copy.deepcopy(case))) == repr(outcome(original, *copy.deepcopy(case))), case


def test_cheapest_by_key_is_one_pass_and_keeps_the_first_of_equal_items() -> None:
    original = """
    def pick(items):
        return sorted(items, key=lambda i: i.price)[0]
    """
    new = rewrite(original)
    assert new is not None and "heapq.nsmallest(1, items, key=lambda i: i.price)[0]" in new
    same_behaviour(original, new, CASES)


def test_largest_first_with_reverse() -> None:
    original = """
    def pick(items):
        best = sorted(items, key=lambda i: i.price, reverse=True)[0]
        return best.name
    """
    new = rewrite(original)
    assert new is not None and "heapq.nlargest(1, items, key=lambda i: i.price)[0]" in new
    same_behaviour(original, new, CASES)


def test_first_k_of_a_sort() -> None:
    original = """
    def pick(items):
        return [i.name for i in sorted(items, key=lambda i: i.price)[:3]]
    """
    new = rewrite(original)
    assert new is not None and "heapq.nsmallest(3, items, key=lambda i: i.price)" in new
    same_behaviour(original, new, CASES)


def test_incomparable_items_still_raise() -> None:
    original = """
    def pick(values):
        return sorted(values)[0]
    """
    new = rewrite(original)
    assert new is not None
    same_behaviour(original, new, [([3, "a", 1],), ([2, 1],), ([],), (["b"],)])


def test_slices_and_ends_it_cannot_prove_equal_are_left_alone() -> None:
    for body in (
        "return sorted(values)[-1]",  # the last of equal largest; max gives the first
        "return sorted(values, reverse=True)[:2]",  # nlargest would do, but is not claimed here
        "return sorted(values)[:n]",  # a negative n would drop items from the end
        "return sorted(values)[:0]",  # compares nothing where sorted() compares all
        "return sorted(values)[1]",
        "return sorted(values, reverse=flag)[0]",
        "return sorted(*values)[0]",
    ):
        assert rewrite(f"def pick(values, n=2, flag=True):\n    {body}\n") is None, body


def test_a_local_named_sorted_is_not_the_builtin() -> None:
    assert rewrite("def pick(values):\n    sorted = list\n    return sorted(values)[0]\n") is None


SETTLE = """
def pick(balances):
    balances = dict(balances)
    moves = []
    while True:
        owed = sorted((n for n, b in balances.items() if b > 0), key=lambda n: (-balances[n], n))
        owing = sorted((n for n, b in balances.items() if b < 0), key=lambda n: (balances[n], n), reverse=False)
        if not owed or not owing:
            break
        amount = min(balances[owed[0]], -balances[owing[0]])
        moves.append((owing[0], owed[0], amount))
        balances[owed[0]] -= amount
        balances[owing[0]] += amount
    return moves
"""


def test_a_sorted_list_only_asked_for_its_first_item_and_its_truth() -> None:
    new = rewrite(SETTLE)
    assert new is not None
    assert "owed = heapq.nsmallest(1, (n for n, b in balances.items() if b > 0), key=lambda n: (-balances[n], n))\n" \
        in new
    assert "owing = heapq.nsmallest(1, (n for n, b in balances.items() if b < 0), key=lambda n: (balances[n], n))\n" \
        in new
    cases: list[tuple[object, ...]] = [({},), ({"a": 5, "b": -5},), ({"a": 3, "b": 3, "c": -2, "d": -4},),
                                       ({"x": 1, "y": 0},)]
    cases += [({f"p{i}": (i * 7919) % 23 - 11 for i in range(n)},) for n in range(2, 30, 3)]
    same_behaviour(SETTLE, new, cases)
    for other in ("len(owed)", "owed[1]", "owed[-1]", "list(owed)", "owed.pop()"):
        changed = SETTLE.replace("    return moves", f"        print({other})\n    return moves")
        assert "owed = sorted(" in (rewrite(changed) or changed), other  # used as more than its first item
    rebound = SETTLE.replace("        if not owed", "        owed = owed or []\n        if not owed")
    assert "owed = sorted(" in (rewrite(rebound) or rebound)


def test_a_lone_generator_argument_gets_its_own_parentheses() -> None:
    original = """
    def pick(items):
        first = sorted(i for i in items if i.price > 0)
        return first[0] if first else None, sorted(i.price for i in items)[0]
    """
    new = rewrite(original)
    assert new is not None
    assert "first = heapq.nsmallest(1, (i for i in items if i.price > 0))" in new
    assert "heapq.nsmallest(1, (i.price for i in items))[0]" in new
