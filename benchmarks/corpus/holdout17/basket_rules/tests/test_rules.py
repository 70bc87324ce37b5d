import pytest

from basketmine.rules import pair_rules
from basketmine.support import frequent_items, item_counts

BASKETS = [
    ["bread", "butter", "milk"],
    ["bread", "butter"],
    ["bread", "jam"],
    ["milk", "cereal"],
    ["bread", "butter", "jam", "butter"],
]


def test_item_counts_count_baskets_not_units() -> None:
    assert item_counts(BASKETS) == {"bread": 4, "butter": 3, "milk": 2, "jam": 2, "cereal": 1}


def test_frequent_items_sorted() -> None:
    assert frequent_items(item_counts(BASKETS), 5, 0.4) == ["bread", "butter", "jam", "milk"]


def test_bread_butter_rule() -> None:
    rules = pair_rules(BASKETS, min_support=0.4, min_confidence=0.5)
    assert ("butter", "bread", 3, 0.6, 1.0, 1.25) in rules
    assert ("bread", "butter", 3, 0.6, 0.75, 1.25) in rules


def test_rules_ordered_by_lift_then_confidence() -> None:
    rules = pair_rules(BASKETS, min_support=0.2, min_confidence=0.0)
    keys = [(-rule[5], -rule[4], rule[0], rule[1]) for rule in rules]
    assert keys == sorted(keys)


def test_confidence_threshold_filters_one_direction() -> None:
    rules = pair_rules(BASKETS, min_support=0.4, min_confidence=0.8)
    assert [(rule[0], rule[1]) for rule in rules] == [("butter", "bread"), ("jam", "bread")]


def test_no_baskets() -> None:
    assert pair_rules([]) == []


def test_bad_thresholds() -> None:
    with pytest.raises(ValueError):
        pair_rules(BASKETS, min_support=0)
    with pytest.raises(ValueError):
        pair_rules(BASKETS, min_confidence=1.5)
