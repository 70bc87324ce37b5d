import pytest

from typeahead.suggest import Suggester, normalize

LOG = {"cordless drill": 50, "Cordless Drill 18V": 20, "drill bits": 50, "drywall screws": 5, "door handle": 12,
       "hammer": 30, "  hammer drill ": 8, "rare thing": 1}


def test_normalize() -> None:
    assert normalize("  Cordless   DRILL\t") == "cordless drill"
    assert normalize("") == ""


def test_most_popular_first_then_alphabetical() -> None:
    suggester = Suggester(LOG)
    assert suggester.suggest("d") == ["drill bits", "door handle", "drywall screws"]
    assert suggester.suggest("cord") == ["cordless drill", "Cordless Drill 18V"]


def test_ties_alphabetical() -> None:
    suggester = Suggester({"b item": 3, "a item": 3, "c item": 3})
    assert suggester.suggest("") == ["a item", "b item", "c item"]


def test_prefix_is_normalized() -> None:
    suggester = Suggester(LOG)
    assert suggester.suggest("  CORDLESS   d") == ["cordless drill", "Cordless Drill 18V"]


def test_limit() -> None:
    suggester = Suggester(LOG)
    assert len(suggester.suggest("", limit=3)) == 3
    with pytest.raises(ValueError):
        suggester.suggest("a", limit=0)


def test_minimum_count_and_blank_queries() -> None:
    suggester = Suggester({**LOG, "   ": 100}, minimum_count=2)
    assert len(suggester) == 7
    assert suggester.suggest("rare") == []


def test_display_text_is_stripped() -> None:
    assert Suggester(LOG).suggest("hammer d") == ["hammer drill"]


def test_suggest_all_keys_are_original_prefixes() -> None:
    result = Suggester(LOG).suggest_all(["Ham", "xyz"])
    assert result == {"Ham": ["hammer", "hammer drill"], "xyz": []}
