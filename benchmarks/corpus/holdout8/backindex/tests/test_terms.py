from indexer.terms import build_index, format_index, page_words


def test_page_words_strip_punctuation() -> None:
    assert page_words("The (quick) fox, jumped!") == ["the", "quick", "fox", "jumped"]


def test_whole_words_only() -> None:
    pages = ["cats and dogs", "a cat sat", "Cat."]
    assert build_index(pages, ["cat", "dog"]) == {"cat": [2, 3]}


def test_order_follows_terms() -> None:
    pages = ["beta alpha", "alpha"]
    assert list(build_index(pages, ["beta", "alpha"])) == ["beta", "alpha"]
    assert build_index(pages, ["beta", "alpha"])["alpha"] == [1, 2]


def test_format_index() -> None:
    assert format_index({"beta": [2], "Alpha": [1, 3]}) == "Alpha, 1, 3\nbeta, 2"
