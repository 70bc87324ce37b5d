"""Strict equivalence tests for split_hashtag (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from hashtags.segment import split_hashtag
from strict_support import assert_same

TARGET = "hashtags/segment.py:split_hashtag"


def reference(tag, vocabulary, max_word=20):
    if not isinstance(tag, str):
        raise TypeError(f"tag must be a str, not {type(tag).__name__}")
    if max_word < 1:
        raise ValueError("max_word must be at least 1")
    text = (tag[1:] if tag.startswith("#") else tag).lower()

    def best(start):
        if start == len(text):
            return []
        found = None
        for end in range(start + 1, min(len(text), start + max_word) + 1):
            word = text[start:end]
            if word in vocabulary:
                rest = best(end)
                if rest is not None and (found is None or len(rest) + 1 < len(found)):
                    found = [word, *rest]
        return found

    return best(0)


V = {"i", "love", "lo", "ve", "python", "py", "thon", "new", "york", "newyork", "a", "an", "ant", "nant"}
CASES = [
    ("", V),
    ("#", V),
    ("##", V),
    ("##", {"#"}),
    ("##a", {"#a"}),
    ("##a", {"#", "a"}),
    ("#ILovePython", V),
    ("ILovePython", V),
    ("#ilovepython", frozenset(V)),
    ("#ilovepython", sorted(V)),
    ("#ilovepython", dict.fromkeys(V, 0)),
    ("#pythonx", V),
    ("#x", V),
    ("#x", set()),
    ("", set()),
    ("#newyork", V),
    ("#newyork", V - {"newyork"}),
    ("#newyorknewyork", V),
    ("anant", V),
    ("anant", {"a", "an", "ant", "nant"}),
    ("anant", {"an", "ant", "a", "n", "t"}),
    ("aaaa", {"a", "aa"}),
    ("aaaaa", {"a", "aa", "aaa"}),
    ("aaaaaa", {"aa", "aaa"}),
    ("abcabc", {"ab", "abc", "ca", "bc", "c", "a", "b"}),
    ("abcd", {"ab", "cd", "abc", "d", "a", "bcd"}),
    ("abcd", {"a", "bcd", "abc", "d"}),
    ("abcd", {"abc", "d", "a", "bcd", "ab", "cd"}),
    ("#Hello World", {"hello", " ", "world", "hello world", "o w"}),
    ("#İstanbul", {"i̇stanbul", "i̇", "stanbul"}),
    ("#İstanbul", {"istanbul"}),
    ("#STRASSE", {"strasse", "straße"}),
    ("#Ωmega", {"ωmega", "ω", "mega"}),
    ("#café\u0301", {"café\u0301", "caf", "é\u0301"}),
    ("#emoji🎉party", {"emoji", "🎉", "party"}),
    ("#\n", {"\n"}),
    ("#a\n", {"a"}),
    ("pythonpython", V, 3),
    ("pythonpython", V, 6),
    ("pythonpython", V, 5),
    ("pythonpython", V, 1),
    ("ilove", V, 1),
    ("iii", {"i"}, 1),
    ("iii", {"i", "ii", "iii"}, 2),
    ("iii", {"i", "ii", "iii"}, True),
    ("ilove", V, 0),
    ("ilove", V, -5),
    ("", V, 0),
    (None, V),
    (b"#ilove", V),
    (["i", "love"], V),
    (123, V),
]


def _random():
    rng = random.Random(977)
    alphabet = "abc"
    for _ in range(150):
        vocab = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 12))}
        tag = "".join(rng.choice(alphabet + "AB") for _ in range(rng.randint(0, 11)))
        if rng.random() < 0.5:
            tag = "#" + tag
        if rng.random() < 0.5:
            yield tag, vocab
        else:
            yield tag, vocab, rng.randint(1, 5)


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(split_hashtag, reference, *args)


def test_keyword_max_word() -> None:
    assert_same(split_hashtag, reference, "#pythonlove", V, max_word=4)
    assert_same(split_hashtag, reference, tag="#pythonlove", vocabulary=V, max_word=6)


def test_long_ambiguous_tags() -> None:
    rng = random.Random(5)
    words = ["a", "an", "and", "the", "them", "he", "her", "here", "there", "is", "it", "in", "to", "on", "one"]
    vocab = set(words) | {"s", "e", "re", "th", "o", "n"}
    for _ in range(25):
        tag = "#" + "".join(rng.choice(words) for _ in range(rng.randint(5, 9)))
        if rng.random() < 0.4:
            tag += rng.choice(["x", "qz", "2024"])
        assert_same(split_hashtag, reference, tag, vocab)
        assert_same(split_hashtag, reference, tag, vocab, 3)


def test_results_are_fresh_lists() -> None:
    first = split_hashtag("#ilove", V)
    first.append("mutated")
    assert split_hashtag("#ilove", V) == ["i", "love"]
    assert split_hashtag("#", V) is not split_hashtag("#", V)


def test_vocabulary_lookups_only_use_in() -> None:
    class Lookup:
        def __init__(self, words):
            self.words = set(words)

        def __contains__(self, word):
            return word in self.words

    assert split_hashtag("#ILoveNewYork", Lookup(V)) == reference("#ILoveNewYork", V)
