"""Strict equivalence tests for build_index (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from indexer.terms import build_index
from strict_support import assert_same

TARGET = "indexer/terms.py:build_index"

PUNCTUATION = ".,;:!?\"'()[]{}\u2018\u2019\u201c\u201d"


def _words(page):
    return [word.strip(PUNCTUATION).lower() for word in page.split()]


def reference(pages, terms):
    index = {}
    for term in terms:
        key = term.lower()
        found = []
        for number, page in enumerate(pages, start=1):
            if key in _words(page) and number not in found:
                found.append(number)
        if found:
            index[term] = found
    return index


CASES = [
    ([], []),
    ([], ["cat"]),
    (["cat"], []),
    ([""], ["cat"]),
    ([""], [""]),
    (["cat"], ["cat"]),
    (["cat cat cat"], ["cat"]),
    (["Cat", "cAT.", "(cat)", "cats", "concatenate"], ["cat", "CAT", "Cat"]),
    (["cat", "cat"], ["cat", "cat"]),
    (["dog", "cat"], ["cat", "dog", "cat"]),
    (["a b", "b a", "c"], ["c", "b", "a", "d"]),
    (["e.g. this", "e.g this"], ["e.g.", "e.g", "eg"]),
    (["... and ?!", "nothing here"], [""]),
    (["machine learning rocks"], ["machine learning", "learning"]),
    (["  spaced\tout\nwords  ", "words\n"], ["words", "out", "spaced"]),
    (["no\u00a0break here"], ["no", "break", "no\u00a0break"]),
    (["\u201cQuoted\u201d and \u2018single\u2019"], ["quoted", "single", "\u201cquoted\u201d"]),
    (["STRASSE", "Stra\u00dfe"], ["stra\u00dfe", "strasse", "STRASSE"]),
    (["\u0130stanbul", "istanbul"], ["\u0130stanbul", "istanbul", "i\u0307stanbul"]),
    (["Zo\u00eb and zoe", "ZO\u00cb"], ["zo\u00eb", "Zo\u00eb", "zoe"]),
    (["--dash-- [bracketed] {braced}"], ["--dash--", "bracketed", "braced", "dash"]),
    (["it's Bob's"], ["it's", "bob's", "bob"]),
    (("tuple", "pages"), ("pages", "tuple")),
    (["x"] * 5, ["x"]),
    ([None], []),
    ([None], ["x"]),
    ([b"x y"], [5]),
    ([b"x y"], ["x"]),
    (["x y"], [None]),
    (["x y"], ["x", None]),
]


def _random():
    rng = random.Random(1234)
    vocabulary = ["ant", "Ant", "bee", "cat.", "(dog)", "eel,", "fox!", "g\u00e9ode", "ant's", "...", "h"]
    for _ in range(150):
        pages = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 9))]
        terms = [rng.choice(["ant", "ANT", "bee", "cat", "cat.", "dog", "eel", "fox", "g\u00e9ode", "G\u00c9ODE", "ant's", "", "zzz", "h"]) for _ in range(rng.randint(0, 7))]
        yield (pages, terms)


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(build_index, reference, *args)


def test_keyword_arguments() -> None:
    assert_same(build_index, reference, pages=["a b", "b"], terms=["b"])


def test_terms_from_a_generator() -> None:
    pages = ["alpha beta", "beta gamma", "gamma"]
    assert build_index(pages, (t for t in ["gamma", "alpha", "delta"])) == {"gamma": [2, 3], "alpha": [1]}


def test_lists_are_not_shared() -> None:
    index = build_index(["a", "a b"], ["a", "a", "b"])
    assert index == {"a": [1, 2], "b": [2]}
    index["a"].append(99)
    assert index["b"] == [2]
    assert build_index(["a", "a b"], ["a"]) == {"a": [1, 2]}


def test_arguments_not_mutated() -> None:
    pages = ["One two", "Two three"]
    terms = ["two", "three"]
    build_index(pages, terms)
    assert pages == ["One two", "Two three"]
    assert terms == ["two", "three"]


def test_key_order_follows_terms() -> None:
    result = build_index(["c b a"], ["c", "a", "b", "zz", "a"])
    assert list(result) == ["c", "a", "b"]


def test_a_manuscript() -> None:
    rng = random.Random(99)
    words = [f"term{n}" for n in range(200)] + ["the", "and", "of", "The", "And."]
    pages = []
    for _ in range(120):
        text = [rng.choice(words) for _ in range(150)]
        for position in range(0, len(text), 9):
            text[position] = text[position].upper() + rng.choice([",", ".", ";", ")", ""])
        pages.append(" ".join(text))
    terms = rng.sample(words, 60) + ["TERM7", "term7", "missing", "the"]
    assert_same(build_index, reference, pages, terms)
