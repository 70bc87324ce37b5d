"""The index-find-or-append recipe: records gathered in a list searched on every pass get a dict
kept beside the list.  The rewrites it makes, that they answer like the original (results,
exceptions, the arguments afterwards), and what it must leave alone."""

from __future__ import annotations

import random

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import rewrite, same_behaviour, stdlib_functions
from wattlens.optimize.find_or_append import index_find_or_append
from wattlens.optimize.recipes import RECIPES, rewrite_with_recipes


def applied(source: str) -> str:
    new = rewrite(index_find_or_append, source)
    assert new is not None, source
    compile(new, "<rewrite>", "exec")
    assert rewrite(index_find_or_append, new) is None
    return new


TOTALS = """
def f(rows):
    items = []  # [name, amount, unit]
    for name, amount, unit in rows:
        for entry in items:
            if entry[0] == name and entry[2] == unit:
                entry[1] += amount
                break
        else:
            items.append([name, amount, unit])
    return [tuple(e) for e in items]
"""


def rows(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    cases: list[tuple[object, ...]] = [([],), ([("a", 1, "g")],), ([("a", 1, "g"), ("a", 2, "kg"), ("a", 3, "g")],),
                                       ([(1, 1, "g"), (1.0, 2, "g"), (True, 4, "g")],),  # equal keys, as == says
                                       ([("a", 1, "g"), ("a", "x", "g")],)]  # TypeError on the second
    for _ in range(120):
        cases.append(([(rng.choice("abcde"), rng.randrange(5), rng.choice(["g", "kg", None]))
                       for _ in range(rng.randrange(30))],))
    return cases


def test_records_searched_by_two_key_fields_get_an_index() -> None:
    new = applied(TOTALS)
    assert "    items = []  # [name, amount, unit]\n    items_index = {}" in new
    assert ("        entry = items_index.get((name, unit))\n        if entry is not None:\n"
            "            entry[1] += amount\n        else:\n            items_entry = [name, amount, unit]\n"
            "            items.append(items_entry)\n"
            "            items_index.setdefault((items_entry[0], items_entry[2]), items_entry)\n") in new
    same_behaviour(TOTALS, new, rows(1))


def test_an_annotated_list_and_a_field_changed_by_a_method() -> None:
    original = """
    def f(entries):
        classes: list[list] = []  # [key, members]
        for key, member in entries:
            for group in classes:
                if group[0] == key:
                    group[1].append(member)
                    break
            else:
                classes.append([key, [member]])
        return classes
    """
    new = applied(original)
    assert "    classes: list[list] = []  # [key, members]\n    classes_index = {}" in new
    rng = random.Random(3)
    cases: list[tuple[object, ...]] = [([],), ([("a", 1), ("a", 2), (1, 3), (1.0, 4), (True, 5)],)]
    cases += [([(rng.choice(["x", "y", "z", 0]), n) for n in range(rng.randrange(25))],) for _ in range(60)]
    same_behaviour(original, new, cases)


def test_one_key_field_a_dict_record_and_more_in_the_else() -> None:
    original = """
    def f(events, log):
        seen = []
        for kind, who in events:
            if not kind:
                continue
            for record in seen:
                if "%s" == record["kind"]:
                    record["count"] += 1
                    record["last"] = who
                    break
            else:
                log.append(kind)
                seen.append({"kind": kind, "count": 1, "last": who})
        return seen, log
    """.replace('"%s"', "kind")
    new = applied(original)
    assert "record = seen_index.get(kind)" in new and "log.append(kind)\n" in new
    rng = random.Random(2)
    cases: list[tuple[object, ...]] = [([], []), ([("", 1)], []), ([("a", 1), ("a", 2), ("b", 3)], ["x"])]
    cases += [([(rng.choice(["a", "b", "", "c"]), n) for n in range(rng.randrange(20))], []) for _ in range(60)]
    same_behaviour(original, new, cases)


@pytest.mark.parametrize(
    "change",
    [
        "entry[0] = name.upper()",  # a key field changed
        "items.remove(entry)",  # the list changed another way
        "keep(entry)",  # the record handed on
        "last = entry",  # the record kept
        "continue",  # the search's own continue
    ],
)
def test_searches_the_index_would_not_answer_the_same_are_left_alone(change: str) -> None:
    source = TOTALS.replace("                entry[1] += amount\n",
                            f"                entry[1] += amount\n                {change}\n")
    assert rewrite(index_find_or_append, source) is None


@pytest.mark.parametrize(
    "source",
    [
        # the record is read after the search
        TOTALS.replace("    return [tuple(e) for e in items]", "    return items, entry"),
        # the list is used inside the loop in another way
        TOTALS.replace("        for entry in items:", "        print(len(items))\n        for entry in items:"),
        # the list is a parameter, or not bound to []
        TOTALS.replace("def f(rows):\n    items = []  # [name, amount, unit]", "def f(rows, items):"),
        TOTALS.replace("items = []  #", "items = [['z', 0, 'g']]  #"),
        # a record that is not a display (could be None, or lack the field)
        TOTALS.replace("items.append([name, amount, unit])", "items.append(make(name, amount, unit))"),
        TOTALS.replace("items.append([name, amount, unit])", "items.append([name, amount])"),
        # a test that is not only equalities of key fields with names or constants
        TOTALS.replace("entry[0] == name and entry[2] == unit", "entry[0] == name and entry[1] > 0"),
        TOTALS.replace("entry[0] == name and entry[2] == unit", "entry[0] == name.lower()"),
        # no break: every matching record is updated
        TOTALS.replace("                break\n", ""),
        # not inside another loop: it runs once
        "def f(name, amount):\n    items = []\n    for entry in items:\n        if entry[0] == name:\n"
        "            break\n    else:\n        items.append([name, amount])\n    return items\n",
    ],
)
def test_left_alone(source: str) -> None:
    assert rewrite(index_find_or_append, source) is None


def test_the_recipe_is_registered() -> None:
    assert any(r.name == "index-find-or-append" and r.apply is index_find_or_append for r in RECIPES)
    assert "index-find-or-append" in dict((r.name, t) for r, t in rewrite_with_recipes(TOTALS))


@pytest.mark.parametrize("module", ["textwrap", "difflib", "statistics", "email.utils"])
def test_stdlib_functions_give_none_or_code_that_compiles(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = index_find_or_append(function)
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), "<rewrite>", "exec")
