import pytest

from shingles.similarity import jaccard, near_duplicates, normalize, shingle_set


def test_normalize() -> None:
    assert normalize("Hello, World!  It's 9am.") == ["hello", "world", "it", "s", "9am"]


def test_shingles() -> None:
    assert shingle_set("a b c d e", 4) == {"a b c d", "b c d e"}
    assert shingle_set("a b", 4) == {"a b"}
    assert shingle_set("  ", 4) == set()


def test_jaccard() -> None:
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)
    assert jaccard(set(), set()) == 1.0
    assert jaccard({"a"}, set()) == 0.0


def test_identical_adverts() -> None:
    docs = [("x", "Great job in Leeds, apply now"), ("y", "great job in leeds apply now!")]
    assert near_duplicates(docs) == [("x", "y", 1.0)]


def test_different_adverts() -> None:
    docs = [("x", "Warehouse operative needed for night shifts"), ("y", "Senior developer with Python and SQL")]
    assert near_duplicates(docs) == []


def test_threshold_and_order() -> None:
    base = "one two three four five six seven eight nine ten"
    docs = [("a", base), ("b", "other text entirely here ok"), ("c", base.replace("ten", "eleven")), ("d", base)]
    assert near_duplicates(docs, threshold=0.7) == [("a", "c", 0.75), ("a", "d", 1.0), ("c", "d", 0.75)]


def test_empty() -> None:
    assert near_duplicates([]) == []
