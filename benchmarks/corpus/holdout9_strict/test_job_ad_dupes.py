"""Strict equivalence tests for near_duplicates (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from shingles.similarity import near_duplicates
from strict_support import assert_same

TARGET = "shingles/similarity.py:near_duplicates"

_NON_WORD = re.compile(r"[^\w]+")


def _shingles(text, size):
    words = _NON_WORD.sub(" ", text.lower()).split()
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def _jaccard(first, second):
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)


def reference(documents, threshold=0.6, size=4):
    pairs = []
    for i in range(len(documents)):
        for j in range(i + 1, len(documents)):
            first = _shingles(documents[i][1], size)
            second = _shingles(documents[j][1], size)
            similarity = _jaccard(first, second)
            if similarity >= threshold:
                pairs.append((documents[i][0], documents[j][0], round(similarity, 3)))
    return pairs


BASE = "one two three four five six seven eight nine ten"
CASES = [
    ([], 0.6, 4),
    ([("a", "x")], 0.6, 4),
    ([("a", None)], 0.6, 4),
    ([("a", "")], 0.0, 4),
    ([("a", ""), ("b", "")], 0.6, 4),
    ([("a", ""), ("b", "  \n")], 1.0, 4),
    ([("a", ""), ("b", "word")], 0.0, 4),
    ([("a", ""), ("b", "word")], 0.01, 4),
    ([("a", "x"), ("b", None)], 0.6, 4),
    ([("a", None), ("b", "x")], 0.6, 4),
    ([("a", "x"), ("b", 5)], 0.6, 4),
    ([("a", "x"), ("b",)], 0.6, 4),
    ([("a", BASE), ("b", BASE)], 0.6, 4),
    ([("a", BASE), ("a", BASE)], 0.6, 4),
    ([("a", BASE), ("b", BASE.upper() + "!!!")], 1.0, 4),
    ([("a", BASE), ("b", BASE + "\n")], 1.0, 4),
    ([("a", BASE), ("b", "x"), ("c", BASE.replace("ten", "eleven")), ("d", BASE)], 0.7, 4),
    ([("a", BASE), ("b", "x"), ("c", BASE.replace("ten", "eleven")), ("d", BASE)], 0.75, 4),
    ([("a", BASE), ("b", "x"), ("c", BASE.replace("ten", "eleven")), ("d", BASE)], 0.7500001, 4),
    ([("a", BASE), ("c", BASE.replace("ten", "eleven"))], 0.75, 1),
    ([("a", BASE), ("c", BASE.replace("ten", "eleven"))], 0.5, 2),
    ([("a", BASE), ("c", BASE.replace("ten", "eleven"))], 0.5, 10),
    ([("a", BASE), ("c", BASE.replace("ten", "eleven"))], 0.5, 11),
    ([("a", BASE), ("c", BASE)], 0.5, 0),
    ([("a", BASE), ("c", "other")], 0.0, 0),
    ([("a", BASE), ("c", BASE)], 0.5, -2),
    ([("a", "a b c"), ("b", "c b a")], 0.0, 4),
    ([("a", "a b c"), ("b", "c b a")], 0.0, 1),
    ([("a", "a a a a a"), ("b", "a a a a")], 1.0, 4),
    ([("a", "Café crème brûlée, naïve"), ("b", "CAFÉ CRÈME BRÛLÉE NAÏVE")], 1.0, 2),
    ([("a", "日本語 の テキスト です"), ("b", "日本語 の テキスト")], 0.3, 2),
    ([("a", "snake_case words"), ("b", "snake case words")], 0.0, 1),
    ([("a", "tab\tseparated\nlines\r\n"), ("b", "tab separated lines")], 1.0, 2),
    ([("a", "x y z"), ("b", "x y z")], float("nan"), 2),
    ([("a", "x y z"), ("b", "x y z")], float("-inf"), 2),
    ([("a", "x y z"), ("b", "p q r")], -1, 2),
    ([("a", "x y z"), ("b", "p q r")], 2, 2),
    ([("a", "x y z"), ("b", "x y z")], "0.5", 2),
    ((("a", "x y z"), ("b", "x y z")), 0.5, 2),
    ([["a", "x y z"], ["b", "x y z"]], 0.5, 2),
    ([(1, "x y z"), ((2, 3), "x y z")], 0.5, 2),
]


def _random():
    rng = random.Random(2001)
    vocabulary = ["job", "salary", "leeds", "team", "shift", "apply", "now", "driver", "Nurse", "£30,000", "café", "remote"]
    for _ in range(140):
        docs = []
        for n in range(rng.randint(0, 9)):
            if docs and rng.random() < 0.4:
                words = rng.choice(docs)[1].split()
                if words:
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
                text = " ".join(words)
            else:
                text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 15)))
            docs.append((f"d{n}", text + rng.choice(["", ".", "\n", "  "])))
        yield docs, rng.choice([0.0, 0.3, 0.5, 0.6, 0.8, 1.0]), rng.choice([1, 2, 3, 4, 4, 5])


@pytest.mark.parametrize("documents, threshold, size", CASES + list(_random()))
def test_same_as_reference(documents, threshold, size) -> None:
    assert_same(near_duplicates, reference, documents, threshold, size)


def test_default_arguments() -> None:
    docs = [("a", BASE), ("b", BASE.replace("two", "2"))]
    assert_same(near_duplicates, reference, docs)


def test_many_adverts() -> None:
    rng = random.Random(9)
    words = [f"w{n}" for n in range(40)]
    docs = [(f"ad{n}", " ".join(rng.choice(words) for _ in range(60))) for n in range(60)]
    docs += [(f"copy{n}", text) for n, (_id, text) in enumerate(docs[:20])]
    assert_same(near_duplicates, reference, docs, 0.5, 3)
