"""Strict equivalence tests for diff_catalog (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from feedsync.diff import CatalogDiff, Product, diff_catalog
from strict_support import assert_same

TARGET = "feedsync/diff.py:diff_catalog"


def reference(old, new, *, ignore_stock=False):
    def key(p):
        return p.sku.strip().upper()

    for products, label in ((old, "old"), (new, "new")):
        seen = []
        for p in products:
            k = key(p)
            if not k:
                raise ValueError(f"empty SKU in {label} feed")
            if k in seen:
                raise ValueError(f"duplicate SKU {p.sku!r} in {label} feed")
            seen.append(k)
    result = CatalogDiff()
    for item in new:
        match = None
        for previous in old:
            if key(previous) == key(item):
                match = previous
                break
        if match is None:
            result.added.append(item)
        elif (
            match.title.strip() != item.title.strip()
            or match.price_cents != item.price_cents
            or (not ignore_stock and match.stock != item.stock)
        ):
            result.changed.append((match, item))
        else:
            result.unchanged += 1
    for previous in old:
        if not any(key(previous) == key(item) for item in new):
            result.removed.append(previous)
    return result


P = Product
CASES = [
    ([], []),
    ([P("A", "x", 1, 1)], []),
    ([], [P("A", "x", 1, 1)]),
    ([P("A", "x", 1, 1)], [P("A", "x", 1, 1)]),
    ([P("A", "x", 1, 1)], [P(" a ", "x", 1, 1)]),
    ([P("A", "x", 1, 1)], [P("A", " x\t", 1, 1)]),
    ([P("A", "x", 1, 1)], [P("A", "X", 1, 1)]),
    ([P("A", "x", 1, 1)], [P("A", "x", 2, 1)]),
    ([P("A", "x", 1, 1)], [P("A", "x", 1, 2)]),
    ([P("A", "x", 1, 1), P("B", "y", 2, 2)], [P("B", "y", 2, 3), P("A", "x", 1, 1)]),
    ([P("A", "x", 1, 1), P("a", "y", 2, 2)], []),
    ([], [P("A", "x", 1, 1), P("a ", "y", 2, 2)]),
    ([P("A", "x", 1, 1), P("A", "y", 2, 2)], [P("B", "x", 1, 1), P("B", "y", 2, 2)]),
    ([P("  ", "x", 1, 1)], []),
    ([P("A", "x", 1, 1)], [P("", "x", 1, 1)]),
    ([P("A", "x", 1, 1)], [P("A", "x", 1, 1), P("\n", "z", 0, 0)]),
    ([P("ß", "strasse", 1, 1)], [P("SS", "strasse", 1, 1)]),
    ([P("ß", "s", 1, 1), P("ss", "s", 1, 1)], []),
    ([P("é", "café", 1, 1)], [P("É", "café", 1, 1), P("e\u0301", "café", 1, 1)]),
    ([P("1", "x", 1, 1), P("01", "x", 1, 1)], [P("1", "x", 1, 1)]),
    ([P("A", "x", 1, 1)], [P("A", "x", 1.0, 1)]),
    ([P("A", "x", -5, 0)], [P("B", "x", -5, 0)]),
]


def _random_feeds():
    rng = random.Random(5150)
    for _ in range(160):
        n_old = rng.randint(0, 25)
        skus = [f"S{k}" for k in rng.sample(range(60), n_old)]
        old = [P(s if rng.random() < 0.8 else s.lower(), rng.choice(["a", "b", "a "]), rng.randint(1, 3), rng.randint(0, 2)) for s in skus]
        new = []
        for p in old:
            if rng.random() < 0.2:
                continue
            new.append(P(rng.choice([p.sku, p.sku.lower(), f" {p.sku}"]), rng.choice([p.title, p.title + " ", "c"]), rng.choice([p.price_cents, p.price_cents, 9]), rng.randint(0, 2)))
        for k in rng.sample(range(60, 90), rng.randint(0, 5)):
            new.append(P(f"S{k}", "new", 1, 1))
        rng.shuffle(new)
        if rng.random() < 0.05 and new:
            new.append(new[0])
        if rng.random() < 0.05 and old:
            old.insert(rng.randrange(len(old) + 1), P(old[-1].sku.lower(), "dup", 1, 1))
        yield old, new


ALL = CASES + list(_random_feeds())


@pytest.mark.parametrize("old,new", ALL)
@pytest.mark.parametrize("ignore_stock", [False, True])
def test_same_as_reference(old, new, ignore_stock) -> None:
    assert_same(diff_catalog, reference, old, new, ignore_stock=ignore_stock)


@pytest.mark.parametrize("old,new", ALL)
def test_default_keyword(old, new) -> None:
    assert_same(diff_catalog, reference, old, new)


@pytest.mark.parametrize("old,new", ALL)
def test_tuples_in(old, new) -> None:
    assert_same(diff_catalog, reference, tuple(old), tuple(new))


@pytest.mark.parametrize("old,new", ALL)
def test_same_error_message(old, new) -> None:
    def message(function):
        try:
            return ("ok", function(old, new))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(diff_catalog) == message(reference)


def test_changed_pairs_are_the_original_objects() -> None:
    old = [P("A", "x", 1, 1)]
    new = [P(" a", "x", 2, 1)]
    diff = diff_catalog(old, new)
    assert diff.changed[0][0] is old[0] and diff.changed[0][1] is new[0]


def test_big_feed() -> None:
    rng = random.Random(8)
    old = [P(f"K{n}", f"t{n % 7}", n % 13, n % 5) for n in range(1500)]
    new = [P(p.sku.lower() if n % 3 else p.sku, p.title, p.price_cents + (n % 11 == 0), rng.randint(0, 4)) for n, p in enumerate(old) if n % 17]
    new += [P(f"N{n}", "new", 1, 1) for n in range(100)]
    rng.shuffle(new)
    assert_same(diff_catalog, reference, old, new)
    assert_same(diff_catalog, reference, old, new, ignore_stock=True)
