import pytest

from feedsync.diff import CatalogDiff, Product, diff_catalog


def test_added_removed_changed() -> None:
    old = [Product("A1", "Mug", 900, 3), Product("B2", "Plate", 1200, 0), Product("C3", "Bowl", 700, 5)]
    new = [Product("c3", "Bowl ", 700, 5), Product("A1", "Mug", 950, 3), Product("D4", "Cup", 500, 9)]
    diff = diff_catalog(old, new)
    assert diff.added == [Product("D4", "Cup", 500, 9)]
    assert diff.removed == [Product("B2", "Plate", 1200, 0)]
    assert diff.changed == [(old[0], new[1])]
    assert diff.unchanged == 1


def test_ignore_stock() -> None:
    old = [Product("A", "Mug", 900, 3)]
    new = [Product("A", "Mug", 900, 0)]
    assert diff_catalog(old, new).changed == [(old[0], new[0])]
    assert diff_catalog(old, new, ignore_stock=True).is_empty


def test_empty() -> None:
    assert diff_catalog([], []) == CatalogDiff()


def test_duplicate_sku() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        diff_catalog([], [Product("A", "x", 1, 1), Product(" a", "y", 1, 1)])
