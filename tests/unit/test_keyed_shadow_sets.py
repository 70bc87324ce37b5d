"""Recipe keyed-shadow-sets: membership in the lists of a dict that only grow → a dict of sets beside it."""

from __future__ import annotations

import textwrap

import pytest

from wattlens.optimize.recipes import rewrite_with_recipes


def rewrite(source: str) -> dict[str, str]:
    return {recipe.name: text for recipe, text in rewrite_with_recipes(textwrap.dedent(source))}


def run(source: str, *args: object) -> tuple[object, object]:
    """The function's answer and its arguments afterwards (or the exception it raised)."""
    scope: dict[str, object] = {}
    exec(textwrap.dedent(source), scope)
    function = scope["duplicates"]
    assert callable(function)
    try:
        return function(*args), args
    except Exception as error:  # the same exception, with the same message, is part of the behaviour
        return (type(error), str(error)), args


DUPLICATES = """
def duplicates(rows, unique):
    seen = {column: [] for column in unique}
    found = []
    for number, row in enumerate(rows):
        for column in unique:
            value = row[column].strip()
            if value in seen[column]:
                found.append((number, column, value))
            else:
                seen[column].append(value)
    return found
"""


def test_membership_in_a_dict_of_growing_lists_asks_a_dict_of_sets() -> None:
    new = rewrite(DUPLICATES)["keyed-shadow-sets"]
    assert "seen_sets = {key: set() for key in seen}" in new
    assert "if seen_contains(value, column):" in new
    assert "seen[column].append(value)\n                seen_added(column, value)" in new
    rows = [{"id": " 1", "mail": "a"}, {"id": "2", "mail": "a"}, {"id": "1 ", "mail": "b"}, {"id": "", "mail": ""}]
    for args in [(rows, ["id", "mail"]), (rows, ["mail", "mail"]), ([], ["id"]), (rows, []), (rows, ["nope"])]:
        assert run(new, *args) == run(DUPLICATES, *args)


def test_an_item_that_is_not_simple_is_read_back_from_the_list() -> None:
    source = DUPLICATES.replace("seen[column].append(value)", "seen[column].append(value.lower())")
    new = rewrite(source)["keyed-shadow-sets"]
    assert "seen_added(column, seen[column][-1])" in new


def test_walking_a_list_reads_it() -> None:
    # holdout8/exam_clash: rosters filled with a seen test, then each pair of courses intersected.
    walk = "both = [v for c in unique for v in seen[c] if v in seen[unique[0]]]\n    return found, both"
    source = DUPLICATES.replace("return found", walk)
    new = rewrite(source)["keyed-shadow-sets"]
    assert "for v in seen[c] if seen_contains(v, unique[0])]" in new
    rows = [{"id": "1", "mail": "1"}, {"id": "2", "mail": "1"}, {"id": "1", "mail": "3"}]
    assert run(new, rows, ["id", "mail"]) == run(source, rows, ["id", "mail"])


def test_the_dict_may_leave_in_the_answer() -> None:
    source = DUPLICATES.replace("return found", "return found, seen")
    assert "seen_contains(value, column)" in rewrite(source)["keyed-shadow-sets"]


@pytest.mark.parametrize(
    "change",
    [
        "seen[column] = []",
        "seen[column].remove(value)",
        "seen[column].insert(0, value)",
        "keep(seen[column])",
        "keep(seen)",
        "del seen[column]",
        "seen[column][0] = value",
        "seen[column + 'x'].append(value)",
        "seen = {}",
    ],
)
def test_a_dict_or_list_changed_any_other_way_keeps_its_scans(change: str) -> None:
    source = DUPLICATES.replace("found.append((number, column, value))", change)
    assert "keyed-shadow-sets" not in rewrite(source)


@pytest.mark.parametrize(
    "binding",
    ["seen = {column: [0] for column in unique}", "seen = {column: set() for column in unique}", "seen = dict(a=[])"],
)
def test_only_a_dict_of_empty_lists_is_shadowed(binding: str) -> None:
    source = DUPLICATES.replace("seen = {column: [] for column in unique}", binding)
    assert "keyed-shadow-sets" not in rewrite(source)


def test_a_finally_or_a_test_in_the_return_keeps_the_scans() -> None:
    in_return = DUPLICATES.replace("return found", "return found, 'x' in seen['id']")
    assert "keyed-shadow-sets" not in rewrite(in_return)
    head, loop = textwrap.dedent(DUPLICATES).split("    for number", 1)
    loop = textwrap.indent("for number" + loop.replace("return found", "return found, seen"), "    ")
    guarded = head + "    try:\n    " + loop + "    HANDLER:\n        print(len(rows))\n"
    assert "keyed-shadow-sets" in rewrite(guarded.replace("HANDLER", "except ValueError"))
    assert "keyed-shadow-sets" not in rewrite(guarded.replace("HANDLER", "finally"))


UNHASHABLE = DUPLICATES.replace("value = row[column].strip()", "value = row[column]")


def test_values_that_cannot_be_hashed_are_looked_for_in_the_lists() -> None:
    """Cells loaded from JSON may be lists: the original's lists hold them and `in` compares them with `==`;
    a set cannot, so such a value is looked for in the list, and a list holding one answers from then on."""
    new = rewrite(UNHASHABLE)["keyed-shadow-sets"]
    rows = [{"a": ["x"], "b": 1}, {"a": ["x"], "b": 1.0}, {"a": "y", "b": True}, {"a": ("x",), "b": [1]},
            {"a": "y", "b": [1]}, {"a": ["x"], "b": 2}, {"a": {"k": 1}, "b": frozenset({2})}, {"a": {"k": 1}, "b": {2}}]
    for case in (rows, rows[::-1], rows[2:], [{"a": "x"}, {"a": ["x"]}, {"a": "x"}], [{"a": "x", "b": None}]):
        assert run(new, case, ["a", "b"]) == run(UNHASHABLE, case, ["a", "b"]), case
