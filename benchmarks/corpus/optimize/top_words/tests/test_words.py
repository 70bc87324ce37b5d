from textstats.words import top_words


def test_top_words() -> None:
    assert top_words("the cat and the hat. The END", 2) == [("the", 3), ("and", 1)]


def test_empty() -> None:
    assert top_words("", 5) == []
