import pytest

from hashtags.segment import split_hashtag

VOCAB = {"i", "love", "lo", "ve", "python", "py", "thon", "new", "york", "newyork", "a", "an", "ant"}


def test_prefers_fewest_words() -> None:
    assert split_hashtag("#ILovePython", VOCAB) == ["i", "love", "python"]
    assert split_hashtag("#newyork", VOCAB) == ["newyork"]


def test_unsplittable_tag() -> None:
    assert split_hashtag("#pythonx", VOCAB) is None


def test_empty_tag() -> None:
    assert split_hashtag("#", VOCAB) == []
    assert split_hashtag("", VOCAB) == []


def test_ties_prefer_a_short_first_word() -> None:
    assert split_hashtag("anant", {"a", "an", "ant", "nant"}) == ["a", "nant"]


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        split_hashtag(None, VOCAB)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        split_hashtag("#x", VOCAB, max_word=0)
