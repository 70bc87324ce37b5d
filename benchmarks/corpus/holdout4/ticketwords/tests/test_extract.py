import pytest

from keywords.extract import tokenize, top_keywords


def test_tokenize() -> None:
    assert tokenize("Can't log in -- 'urgent' PLEASE!") == ["can't", "log", "in", "urgent", "please"]


def test_counts_and_order() -> None:
    docs = ["Printer jam again", "printer offline", "Scanner offline, printer jam"]
    assert top_keywords(docs, k=3) == [("printer", 3), ("jam", 2), ("offline", 2)]


def test_stopwords_and_short_words_skipped() -> None:
    assert top_keywords(["it is on the VPN vpn"], k=5) == [("vpn", 2)]


def test_custom_stopwords() -> None:
    assert top_keywords(["refund refund invoice"], stopwords=["refund"]) == [("invoice", 1)]


def test_negative_k() -> None:
    with pytest.raises(ValueError):
        top_keywords([], k=-1)
