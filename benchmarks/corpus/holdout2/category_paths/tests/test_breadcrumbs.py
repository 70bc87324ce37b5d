import pytest

from shopcms.breadcrumbs import category_paths


def cat(id_, name, parent=None):
    return {"id": id_, "name": name, "parent": parent}


def test_nested_paths() -> None:
    tree = [cat(3, "Shoes", 2), cat(1, "Home"), cat(2, "Clothing", 1)]
    assert category_paths(tree) == {3: "Home > Clothing > Shoes", 1: "Home", 2: "Home > Clothing"}


def test_custom_separator() -> None:
    assert category_paths([cat(1, "A"), cat(2, "B", 1)], sep="/") == {1: "A", 2: "A/B"}


def test_first_duplicate_wins() -> None:
    tree = [cat(1, "Home"), cat(1, "Other"), cat(2, "Garden", 1)]
    assert category_paths(tree) == {1: "Home", 2: "Home > Garden"}


def test_empty() -> None:
    assert category_paths([]) == {}


def test_errors() -> None:
    with pytest.raises(KeyError):
        category_paths([cat(2, "Orphan", 9)])
    with pytest.raises(ValueError):
        category_paths([cat(1, "A", 2), cat(2, "B", 1)])
