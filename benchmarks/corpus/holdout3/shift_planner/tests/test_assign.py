import pytest

from rota.assign import assign_work


def test_round_robin_when_equal() -> None:
    items = [("T1", 1), ("T2", 1), ("T3", 1), ("T4", 1)]
    assert assign_work(items, ["bo", "al"]) == {"al": ["T1", "T3"], "bo": ["T2", "T4"]}


def test_big_item_balances() -> None:
    items = [("big", 8), ("s1", 2), ("s2", 2), ("s3", 2)]
    assert assign_work(items, ["al", "bo"]) == {"al": ["big"], "bo": ["s1", "s2", "s3"]}


def test_carried_over_hours() -> None:
    assert assign_work([("T1", 1)], ["al", "bo"], carried_over={"al": 5}) == {"al": [], "bo": ["T1"]}


def test_needs_a_team() -> None:
    with pytest.raises(ValueError):
        assign_work([("T1", 1)], [])


def test_duplicate_names() -> None:
    with pytest.raises(ValueError):
        assign_work([], ["al", "al"])
