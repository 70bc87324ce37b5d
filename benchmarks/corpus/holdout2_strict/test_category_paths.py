"""Strict equivalence tests for category_paths (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from shopcms.breadcrumbs import category_paths, find_category
from strict_support import assert_same

TARGET = "shopcms/breadcrumbs.py:category_paths"


def _find(categories, category_id):
    for category in categories:
        if category["id"] == category_id:
            return category
    raise KeyError(category_id)


def reference(categories, *, sep=" > "):
    paths = {}
    for category in categories:
        if category["id"] in paths:
            continue
        names = []
        visited = []
        node = category
        while True:
            if node["id"] in visited:
                raise ValueError(f"category {node['id']!r} is its own ancestor")
            visited.append(node["id"])
            names.append(node["name"])
            if node["parent"] is None:
                break
            node = _find(categories, node["parent"])
        paths[category["id"]] = sep.join(reversed(names))
    return paths


def c(id_, name, parent=None, **extra):
    return {"id": id_, "name": name, "parent": parent, **extra}


CASES = [
    [],
    [c(1, "Home")],
    [c(1, "")],
    [c(1, "Home"), c(2, "Garden", 1), c(3, "Tools", 2)],
    [c(3, "Tools", 2), c(2, "Garden", 1), c(1, "Home")],
    [c(1, "Home"), c(1, "Other"), c(2, "Garden", 1)],
    [c(1, "Home", None), c(1, "Other", 5), c(2, "Garden", 1)],
    [c(1, "Home", 5), c(1, "Other", None), c(2, "Garden", 1)],
    [c(2, "Garden", 1), c(1, "Home"), c(2, "Yard", None)],
    [c(2, "Garden", 1), c(2, "Yard", None), c(1, "Home")],
    [c(1, "A"), c(1, "A"), c(1, "A")],
    [c(1, "Self", 1)],
    [c(1, "A", 2), c(2, "B", 1)],
    [c(1, "A", 2), c(2, "B", 3), c(3, "C", 2)],
    [c(0, "Root"), c(1, "A", 2), c(2, "B", 3), c(3, "C", 2)],
    [c(0, "Root"), c(5, "Zero child", 0)],
    [c("", "Root"), c("x", "Child", "")],
    [c(False, "Root"), c(1, "Child", 0)],
    [c(1, "One"), c(1.0, "One float"), c(True, "True"), c(2, "Two", True), c(3, "Three", 1.0)],
    [c(1.0, "Float"), c(2, "Two", 1)],
    [c((1, "a"), "Tuple"), c((2, "b"), "Child", (1, "a"))],
    [c("électro", "Électroménager"), c("frigo", "Frigos & congélateurs", "électro")],
    [c(1, "Home"), c(2, "Orphan", 99)],
    [c(2, "Orphan", 99), c(1, "Self", 1)],
    [c(1, "Self", 1), c(2, "Orphan", 99)],
    [c(1, "A", 1), c(2, "B", 1)],
    [{"id": 1, "name": "no parent key"}],
    [{"id": 1, "parent": None}],
    [{"name": "no id", "parent": None}],
    [c(1, "Home"), {"id": 2, "parent": 1}],
    [c(1, "Home"), c(1, "dup"), {"id": 1}],
    [c(1, 5)],
    [c(1, "Home"), c(2, 5, 1)],
    [c(1, None)],
    [c([1], "list id")],
    [c(1, "Home"), c(2, "Child", (1,))],
    [c(1, "Home", visible=False), c(2, "Child", 1, visible=True, extra=[1, 2])],
    [c(i, f"Level {i}", i - 1 if i else None) for i in range(40)],
    [c(i, f"Level {i}", i - 1 if i else None) for i in reversed(range(40))],
]


def _random():
    rng = random.Random(1307)
    for _ in range(80):
        size = rng.randint(0, 25)
        categories = []
        for position in range(size):
            category_id = rng.randrange(size + 2)
            roll = rng.random()
            if roll < 0.25 or position == 0:
                parent = None
            elif roll < 0.93:
                parent = rng.choice(categories)["id"] if categories else None
            else:
                parent = rng.randrange(size + 4)
            categories.append(c(category_id, rng.choice(["A", "B", "Cé", "D D", ""]), parent))
        yield categories


@pytest.mark.parametrize("categories", CASES + list(_random()))
def test_same_as_reference(categories) -> None:
    assert_same(category_paths, reference, categories)


@pytest.mark.parametrize("sep", [" > ", "/", "", "\n", " › ", None, 5])
def test_separators(sep) -> None:
    tree = [c(1, "Home"), c(2, "Garden", 1), c(3, "Tools", 2), c(2, "dup", None)]
    assert_same(lambda cats: category_paths(cats, sep=sep), lambda cats: reference(cats, sep=sep), tree)


def test_sep_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        category_paths([], "/")  # type: ignore[misc]


def test_big_shop() -> None:
    rng = random.Random(3)
    categories = [c(i, f"Cat {i}", rng.randrange(i) if i > 3 else None) for i in range(1500)]
    categories += [c(rng.randrange(1500), "dup", None) for _ in range(50)]
    rng.shuffle(categories)
    assert_same(category_paths, reference, categories)


def test_input_is_not_modified_and_result_is_a_dict() -> None:
    tree = [c(2, "Garden", 1), c(1, "Home")]
    snapshot = [dict(category) for category in tree]
    result = category_paths(tree)
    assert tree == snapshot
    assert type(result) is dict and list(result.items()) == [(2, "Home > Garden"), (1, "Home")]


def test_find_category_still_works() -> None:
    tree = [c(1, "Home"), c(1, "Other")]
    assert find_category(tree, 1) is tree[0]
    with pytest.raises(KeyError):
        find_category(tree, 2)
