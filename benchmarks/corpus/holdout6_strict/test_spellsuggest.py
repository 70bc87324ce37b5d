"""Strict equivalence tests for suggest (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from speller.suggest import suggest
from strict_support import assert_same

TARGET = "speller/suggest.py:suggest"


def levenshtein(a, b):
    rows = len(a) + 1
    cols = len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = i
    for j in range(cols):
        table[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
    return table[-1][-1]


def reference(words, dictionary, max_distance=2, limit=3):
    suggestions = {}
    for word in words:
        if word in dictionary:
            continue
        candidates = []
        for entry in dictionary:
            distance = levenshtein(word, entry)
            if distance <= max_distance:
                candidates.append((distance, entry))
        candidates.sort()
        suggestions[word] = [entry for _, entry in candidates[:limit]]
    return suggestions


DICTIONARY = ["the", "cat", "cart", "car", "sat", "on", "mat", "hat", "chat", "a", "an", "at"]

CASES = [
    ([], DICTIONARY, {}),
    (["caat"], [], {}),
    ([], [], {}),
    (["the", "cat"], DICTIONARY, {}),
    (["caat", "caat", "kat", "caat"], DICTIONARY, {}),
    (["The", "CAT", "Cat"], DICTIONARY, {}),
    ([""], DICTIONARY, {}),
    (["x"], DICTIONARY, {}),
    (["catt"], ["cat", "cat", "cart", "cat"], {}),
    (["ct"], DICTIONARY, {"max_distance": 0}),
    (["ct"], DICTIONARY, {"max_distance": 1}),
    (["ct"], DICTIONARY, {"max_distance": -1}),
    (["ct"], DICTIONARY, {"max_distance": 10}),
    (["ct"], DICTIONARY, {"limit": 0}),
    (["ct"], DICTIONARY, {"limit": -1}),
    (["ct"], DICTIONARY, {"limit": -2, "max_distance": 3}),
    (["ct"], DICTIONARY, {"limit": 100, "max_distance": 100}),
    (["ct"], DICTIONARY, {"limit": None}),
    (["café", "cafe", "cafè"], ["café", "cafés", "caffè", "cafe"], {}),
    (["straße", "strasse"], ["straße"], {"max_distance": 3}),
    (["naïve", "ｎａｉｖｅ"], ["naive", "naïve"], {}),
    (["b", "a", "c"], ["z", "y", "b"], {"max_distance": 1, "limit": 2}),
    (["Zebra", "zebra"], ["Zebra", "Zebras", "zebra"], {}),
    (["abcdefghijkl"], ["abc", "abcdefghij", "abcdefghijklmn", "bcdefghijkl"], {}),
    (["ab"], ["", "a", "b", "ab"], {"max_distance": 2, "limit": 10}),
    (["x y"], ["x", "y", "xy", "x  y"], {}),
]


@pytest.mark.parametrize("words, dictionary, options", CASES)
def test_same_as_reference(words, dictionary, options) -> None:
    assert_same(suggest, reference, words, dictionary, **options)


def test_tuple_dictionary() -> None:
    assert_same(suggest, reference, ["cst", "cat"], tuple(DICTIONARY))


def test_limit_must_be_an_int_or_none() -> None:
    assert_same(suggest, reference, ["ct"], DICTIONARY, limit="3")
    assert_same(suggest, reference, ["ct"], DICTIONARY, limit=1.5)
    assert_same(suggest, reference, ["cat"], DICTIONARY, limit=1.5)


@pytest.mark.parametrize("seed", range(8))
def test_random_documents(seed) -> None:
    rng = random.Random(seed)
    letters = "abcde"
    dictionary = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 40))]
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 7))) for _ in range(rng.randint(0, 40))]
    options = {"max_distance": rng.randint(-1, 4), "limit": rng.randint(-2, 6)}
    assert_same(suggest, reference, words, dictionary, **options)


def test_big_document() -> None:
    rng = random.Random(77)
    letters = "etaoinshrdlu"
    dictionary = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(300)})
    words = []
    for _ in range(400):
        word = rng.choice(dictionary)
        if rng.random() < 0.2:
            cut = rng.randrange(len(word))
            word = word[:cut] + word[cut + 1:]
        words.append(word)
    assert_same(suggest, reference, words, dictionary)
    assert_same(suggest, reference, words, dictionary, max_distance=1, limit=1)


def test_duplicate_dictionary_entries_are_kept() -> None:
    dictionary = ["cat", "cat", "cot", "cut", "cat"]
    assert suggest(["cxt"], dictionary, limit=10) == {"cxt": ["cat", "cat", "cat", "cot", "cut"]}
    assert_same(suggest, reference, ["cxt", "cxt"], dictionary, limit=4)


def test_repeated_unknown_word_appears_once_in_first_seen_order() -> None:
    words = ["zeta", "alpha", "zeta", "beta", "alpha"]
    result = suggest(words, ["alpa", "bet", "zet"])
    assert list(result) == ["zeta", "alpha", "beta"]
    assert_same(suggest, reference, words, ["alpa", "bet", "zet"])
