"""Every pair of a sequence's items tested for a shared key → each item meets only the later
items of its key."""

from __future__ import annotations

import copy
import random
import textwrap

import libcst as cst
import pytest

from wattlens.optimize import callees, purity
from wattlens.optimize.pairs import pairs_by_key

from .recipe_outcomes import named_outcome, rewrite

DIRECT = """
def f(rows, window):
    found = []
    for i, first in enumerate(rows):
        for second in rows[i + 1:]:
            if first[0] == second[0] and abs(first[1] - second[1]) <= window:
                found.append((first, second))
    return found
"""

HELPER = """
def same(a, b):
    \"\"\"Same card and amount.\"\"\"
    return a[0] == b[0] and a[2] == b[2]


def f(rows, window):
    found = []
    for i, first in enumerate(rows):
        for second in rows[i + 1:]:
            if same(first, second) and abs(first[1] - second[1]) <= window:
                found.append((first[3], second[3]))
    return found
"""


def cases() -> list[tuple[object, ...]]:
    rng = random.Random(3)
    many = [(rng.choice("abc"), rng.randint(0, 50), rng.choice([5, 7]), n) for n in range(60)]
    return [(many, 10), ([], 1), ([("a", 1, 5, 0)], 1), ([("a", 1, 5, 0), ("a", 1, 5, 1), ("a", 9, 5, 2)], 0),
            ([("a", 1.0, 5, 0), ("a", 1, 5.0, 1)], 0)]


def run(source: str, *args: object) -> object:
    scope: dict[str, object] = {}
    exec(textwrap.dedent(source), scope)
    return scope["f"](*args)  # type: ignore[operator]


def test_pairs_tested_for_an_equal_key_meet_only_the_later_items_of_their_key() -> None:
    new = rewrite(pairs_by_key, DIRECT)
    assert new is not None and "rows_positions.setdefault(item[0], []).append(later)" in new
    for case in cases():
        assert run(new, *copy.deepcopy(case)) == run(DIRECT, *copy.deepcopy(case))


def test_keys_that_fail_or_cannot_be_hashed_leave_the_pairs_as_they_were() -> None:
    """A lone row too short for its key was never compared; a row without a key among others fails where the
    scan failed; keys that are lists (read from JSON) are compared with `==`."""
    new = rewrite(pairs_by_key, DIRECT)
    assert new is not None
    odd = [([()], 1), ([("a", 1), ()], 1), ([(), ("a", 1)], 1), ([("a", 1), ("a", 2), ()], 5),
           ([(["a"], 1), (["a"], 2), ("a", 3)], 5), ([("a", 1), (["a"], 2), (["a"], 2)], 5), ([(None,)], 0),
           ([({"k"}, 1), (frozenset({"k"}), 1)], 0)]
    for case in odd:
        assert named_outcome(new, "f", *copy.deepcopy(case)) == named_outcome(DIRECT, "f", *copy.deepcopy(case)), case


def test_the_equalities_a_trusted_helper_starts_with_make_the_key() -> None:
    module = cst.parse_module(textwrap.dedent(HELPER))
    function = module.body[1]
    assert isinstance(function, cst.FunctionDef)
    with purity.trusting(callees.trusted_in(module)):
        rewritten = pairs_by_key(function)
    assert rewritten is not None
    new = textwrap.dedent(HELPER).replace(module.code_for_node(function), module.code_for_node(rewritten))
    assert "setdefault((item[0], item[2]), [])" in new
    for case in cases():
        assert run(new, *copy.deepcopy(case)) == run(HELPER, *copy.deepcopy(case))
    assert rewrite(pairs_by_key, HELPER.split("\n\n\n")[1]) is None  # the helper unseen: no key known


@pytest.mark.parametrize("change", [
    ("first[0] == second[0] and abs", "abs(first[1] - second[1]) <= window and first[0] == second[0] and abs"),
    ("rows[i + 1:]", "rows[i:]"),                                    # the item meets itself too
    ("found.append((first, second))", "found.append((first, second))\n                rows.append(first)"),
    ("    return found", "    print(second)\n    return found"),     # read after its loop
    ("first[0] == second[0]", "first[0] != second[0]"),              # no equality to file by
    ("first[0] == second[0]", "first[0] == len(found)"),             # not the second item's
])
def test_pair_loops_a_key_would_not_answer_the_same_are_left_alone(change: tuple[str, str]) -> None:
    source = DIRECT.replace(*change)
    assert source != DIRECT
    assert rewrite(pairs_by_key, source) is None
