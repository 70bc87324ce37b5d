"""Strict equivalence tests for pair_rules (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from basketmine.rules import pair_rules

TARGET = "basketmine/rules.py:pair_rules"


def item_counts(baskets):
    counts = {}
    for basket in baskets:
        for item in set(basket):
            counts[item] = counts.get(item, 0) + 1
    return counts


def frequent_items(counts, total, min_support):
    return sorted(item for item, count in counts.items() if count / total >= min_support)


def reference(baskets, min_support=0.01, min_confidence=0.25):
    if not 0 < min_support <= 1:
        raise ValueError("min_support must be in (0, 1]")
    if not 0 <= min_confidence <= 1:
        raise ValueError("min_confidence must be in [0, 1]")
    total = len(baskets)
    if total == 0:
        return []
    counts = item_counts(baskets)
    frequent = frequent_items(counts, total, min_support)
    rules = []
    for position, first in enumerate(frequent):
        for second in frequent[position + 1:]:
            both = sum(1 for basket in baskets if first in basket and second in basket)
            if both / total < min_support:
                continue
            for lhs, rhs in ((first, second), (second, first)):
                confidence = both / counts[lhs]
                if confidence < min_confidence:
                    continue
                lift = confidence / (counts[rhs] / total)
                rules.append((lhs, rhs, both, round(both / total, 4), round(confidence, 4), round(lift, 3)))
    rules.sort(key=lambda rule: (-rule[5], -rule[4], rule[0], rule[1]))
    return rules


B = [
    ["bread", "butter", "milk"],
    ["bread", "butter"],
    ["bread", "jam"],
    ["milk", "cereal"],
    ["bread", "butter", "jam", "butter"],
]

CASES = [
    ([],),
    ((),),
    ([], 0.5, 0.5),
    ([], 0, 0.5),
    ([], 0.5, 2),
    ([[]],),
    ([[], []],),
    ([[], [], []], 0.5, 0.0),
    ([["a"]],),
    ([["a", "a"]],),
    ([["a", "b"]],),
    ([["a", "b"]], 1, 1),
    ([["a", "b"], ["a"]], 1, 1),
    ([["a", "b"], ["a"]], 0.5, 1),
    ([["a", "b"], ["a"]], 0.5, 0.5),
    ([["a", "b"], ["b", "a"], ["a", "b", "a", "b"]],),
    (B,),
    (B, 0.4, 0.5),
    (B, 0.4, 0.8),
    (B, 0.2, 0.0),
    (B, 0.2, 1.0),
    (B, 1.0, 0.0),
    (B, 0.6, 0.6),
    (B, 0.6000001, 0.6),
    (B, 0.4, 0.6666),
    (B, 0.4, 2 / 3),
    (B, 0, 0.5),
    (B, -0.1, 0.5),
    (B, 1.01, 0.5),
    (B, 0.5, -0.01),
    (B, 0.5, 1.0001),
    (B, None, 0.5),
    (B, 0.5, None),
    (B, float("nan"), 0.5),
    (B, 0.5, float("nan")),
    (B, "0.5", 0.5),
    (B, 1, 0),
    (B, True, False),
    (tuple(tuple(basket) for basket in B), 0.2, 0.1),
    ([set(basket) for basket in B], 0.2, 0.1),
    ([frozenset(basket) for basket in B], 0.2, 0.1),
    (["abc", "ab", "bc", "a", "cab"], 0.2, 0.1),
    (["abc", ["a", "b"], ("c", "a")], 0.2, 0.1),
    ([[1, 2], [2, 3], [1, 2, 3], [1]], 0.2, 0.1),
    ([[1, 2.0], [2, 3], [1.0, 2, 3], [True]], 0.2, 0.1),
    ([[1, True], [True, 2], [1, 2]], 0.2, 0.1),
    ([[0, False, 0.0], [False, 1]], 0.2, 0.1),
    ([[1, "a"], [1, "a"]], 0.2, 0.1),
    ([[1, "a"], [2, "b"]], 0.9, 0.1),
    ([[None, "a"], ["a"]], 0.2, 0.1),
    ([[None], [None]], 0.2, 0.1),
    ([[None, None]], 0.2, 0.1),
    ([[("a", 1), ("b", 2)], [("a", 1)]], 0.2, 0.1),
    ([[{"a": 1}]],),
    ([[["a"]]],),
    ([None],),
    ([5],),
    ([["café", "crème brûlée"], ["cafe", "crème brûlée"], ["café", "crème brûlée", "thé"]], 0.2, 0.1),
    ([["Milk", "milk", "MILK"], ["milk"], ["Milk"]], 0.2, 0.1),
    ([[" milk", "milk", "milk\n"], ["milk"], ["milk\n", " milk"]], 0.2, 0.1),
    ([["", "a"], ["", "b"], ["a", "b", ""]], 0.2, 0.1),
    # many equal lifts: ordering by confidence then names
    ([["a", "b"], ["c", "d"], ["a", "b"], ["c", "d"], ["e", "f"], ["e", "f"]], 0.1, 0.0),
    ([["z", "y"], ["y", "x"], ["x", "z"], ["x", "y", "z"]], 0.1, 0.0),
    ([["b", "a"], ["a", "c"], ["b", "c"], ["a"], ["b"], ["c"]], 0.1, 0.0),
    ([["p", "q", "r", "s"]] * 7 + [["p"]] * 3 + [["q", "s"]] * 2, 0.05, 0.0),
    ([["p", "q"]] * 3 + [["p"]] * 7, 0.3, 0.0),
    ([["p", "q"]] * 3 + [["p"]] * 7, 0.3, 0.31),
    ([["p", "q"]] * 3 + [["p"]] * 7, 0.30000000000000004, 0.0),
    ([["x", "y"]] * 1 + [["x"]] * 2 + [["y"]] * 2 + [[]] * 2, 1 / 7, 1 / 3),
    ([["a", "b", "c"]] * 3, 0.5, 0.5),
    ([["k%d" % (i % 7), "k%d" % (i % 5), "k%d" % (i % 3)] for i in range(60)], 0.05, 0.1),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(pair_rules, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(pair_rules, reference, B, min_confidence=0.3)
    assert_same(pair_rules, reference, baskets=B, min_support=0.4)


def _random_cases():
    rng = random.Random(2417)
    for index in range(150):
        alphabet = [f"item{n}" for n in range(rng.randint(1, 12))]
        if index % 7 == 0:
            alphabet = list(range(rng.randint(1, 10)))
        weights = [1 / (rank + 1) for rank in range(len(alphabet))]
        baskets = []
        for _ in range(rng.randint(0, 40)):
            size = rng.randint(0, 6)
            basket = rng.choices(alphabet, weights, k=size)
            baskets.append(tuple(basket) if rng.random() < 0.1 else basket)
        support = rng.choice([0.01, 0.05, 0.1, 0.2, 0.25, 1 / 3, 0.5, 1])
        confidence = rng.choice([0, 0.1, 0.25, 0.5, 0.75, 1])
        if index % 5 == 0:
            yield (baskets,)
        else:
            yield (baskets, support, confidence)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(pair_rules, reference, *case)


def test_large_store() -> None:
    rng = random.Random(99)
    catalogue = [f"sku-{n:03d}" for n in range(45)]
    weights = [1 / (rank + 1) ** 0.7 for rank in range(len(catalogue))]
    baskets = [rng.choices(catalogue, weights, k=rng.randint(1, 12)) for _ in range(700)]
    assert_same(pair_rules, reference, baskets, 0.02, 0.1)
