"""Strict equivalence tests for top_words (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from textstats.words import top_words

TARGET = "textstats/words.py:top_words"
WORD = re.compile(r"[a-z']+")


def reference(text, n=10):
    words = WORD.findall(text.lower())
    counts = []
    for word in set(words):
        counts.append((word, words.count(word)))
    counts.sort(key=lambda pair: (-pair[1], pair[0]))
    return counts[:n]


CASES = [
    ("", 3),
    ("   \n\t", 3),
    ("a", 0),
    ("a", 1),
    ("b a", 5),
    ("b b a a c", 2),
    ("The the THE tHe", 1),
    ("don't don't dont 'quoted' ''", 5),
    ("Straße STRASSE strasse", 5),
    ("café cafe CAFÉ", 5),
    ("x1y2z x y z", 10),
    ("line one\nline two\n", 3),
    ("a-b a_b a.b", 4),
]


def _random():
    rng = random.Random(9)
    for _ in range(40):
        text = " ".join(rng.choice(["a", "b", "c", "dd", "B", "it's", "é", "z9"]) for _ in range(rng.randrange(0, 40)))
        yield text, rng.randint(0, 8)


@pytest.mark.parametrize(("text", "n"), CASES + list(_random()))
def test_same_as_reference(text, n) -> None:
    assert_same(top_words, reference, text, n)


def test_default_n() -> None:
    text = " ".join(f"w{i % 13}" * (i % 5 + 1) for i in range(200))
    assert top_words(text) == reference(text)
