"""Strict equivalence tests for top_keywords (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from keywords.extract import STOPWORDS, tokenize, top_keywords
from strict_support import assert_same

TARGET = "keywords/extract.py:top_keywords"


def reference(documents, k=10, stopwords=STOPWORDS, min_length=3):
    if k < 0:
        raise ValueError("k must not be negative")
    words = []
    for document in documents:
        for word in tokenize(document):
            if len(word) >= min_length and word not in stopwords:
                words.append(word)
    distinct = []
    for word in words:
        if word not in distinct:
            distinct.append(word)
    counts = [(word, words.count(word)) for word in distinct]
    counts.sort(key=lambda pair: (-pair[1], pair[0]))
    return counts[:k]


CASES = [
    ([],),
    ([], 0),
    ([], -1),
    (["word"], -3),
    ([""],),
    (["", "\n", "   "],),
    (["printer"], 0),
    (["printer printer printer"],),
    (["b a c", "c b", "c"], 10, [], 1),
    (["zeta alpha mid", "alpha zeta", "mid"],),
    (["Printer", "PRINTER", "printer."],),
    (["don't can't won't", "'quoted' ''double''"],),
    (["it's the vpn", "its VPN's fault"],),
    (["ab abc abcd", "ab abc"], 10, [], 2),
    (["ab abc abcd", "ab abc"], 10, [], 4),
    (["ab abc abcd", "ab abc"], 10, [], 0),
    (["ab abc abcd", "ab abc"], 10, ["abc"], 1),
    (["ab abc abcd", "ab abc"], 10, ("ab", "abcd"), 1),
    (["ab abc abcd"], 10, {"abc"}, 1),
    (["naïve café résumé", "cafe resume"],),
    (["日本語 text текст", "text"],),
    (["x1 x2 x1 2x x_1"], 10, [], 1),
    (["line one\nline two\n", "line three\r\n"],),
    (["a b c d e f g h i j k l"], 3, [], 1),
    (["a b c d e f g h i j k l"], 100, [], 1),
    (["tie tie alpha alpha beta beta"], 2),
    (["10 9 100 010 10"], 10, [], 1),
    (["The THE the"], 10, ["the"], 1),
    (["The THE the"], 10, ["The"], 1),
]


def _random():
    rng = random.Random(1234)
    pool = ["vpn", "VPN", "login", "Login!", "reset", "the", "a", "it's", "don't", "printer,", "jam", "x", "zz", "café", "'ok'", "\n"]
    for _ in range(90):
        docs = [" ".join(rng.choice(pool) for _ in range(rng.randint(0, 9))) for _ in range(rng.randint(0, 6))]
        args = [docs, rng.choice([0, 1, 2, 5, 50])]
        if rng.random() < 0.5:
            args.append(rng.choice([[], ["vpn"], ["jam", "zz", "jam"], STOPWORDS]))
            args.append(rng.choice([0, 1, 2, 3, 4]))
        yield tuple(args)


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(top_keywords, reference, *args)


def test_keyword_arguments() -> None:
    docs = ["refund invoice refund", "the refund", "invoice ok"]
    for kwargs in ({"k": 1}, {"stopwords": ["refund"]}, {"min_length": 2}, {"k": 2, "min_length": 7, "stopwords": []}):
        assert_same(lambda d, kw=kwargs: top_keywords(d, **kw), lambda d, kw=kwargs: reference(d, **kw), docs)


def test_documents_may_be_a_generator() -> None:
    docs = ["printer jam", "jam again", "printer printer"]
    assert top_keywords(doc for doc in docs) == reference(docs)


def test_a_large_batch() -> None:
    rng = random.Random(42)
    vocabulary = [f"w{n}" for n in range(400)] + STOPWORDS
    docs = [" ".join(rng.choices(vocabulary, k=rng.randint(0, 30))) for _ in range(300)]
    for k in (0, 5, 1000):
        assert_same(top_keywords, reference, docs, k)
        assert_same(top_keywords, reference, docs, k, [], 1)


def test_inputs_are_not_modified() -> None:
    docs = ["alpha beta", "beta"]
    stop = ["alpha"]
    top_keywords(docs, 5, stop)
    assert docs == ["alpha beta", "beta"] and stop == ["alpha"]
    assert STOPWORDS == reference.__defaults__[1]
