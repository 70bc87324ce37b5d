"""Strict equivalence tests for new_words_by_chapter (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from gradedvocab.vocab import new_words_by_chapter
from strict_support import assert_same

TARGET = "gradedvocab/vocab.py:new_words_by_chapter"


# --- verbatim copy of the original implementation ------------------------------------------

def reference(chapters, known=()):
    seen = list(known)
    introduced = []
    for chapter in chapters:
        fresh = []
        for word in chapter:
            if word not in seen:
                seen.append(word)
                fresh.append(word)
        introduced.append(fresh)
    return introduced


# --- cases -------------------------------------------------------------------------------

class Lemma:
    """A look-alike token from the lemmatiser: equal when the forms match ignoring case; unhashable."""

    __hash__ = None

    def __init__(self, form):
        self.form = form

    def __eq__(self, other):
        return isinstance(other, Lemma) and self.form.casefold() == other.form.casefold()


class Tagged(str):
    """A token carrying its part-of-speech tag, as the tagger returns them."""

    def __new__(cls, text, tag="NN"):
        token = super().__new__(cls, text)
        token.tag = tag
        return token


CAT = ["the", "cat", "sat", "on", "the", "mat"]
DOG = ["the", "dog", "sat", "by", "the", "cat"]
NAN = float("nan")

CASES = [
    ([],),
    ((),),
    ([], []),
    ([], ["the"]),
    ([[]],),
    ([[], [], []], ["a"]),
    ([CAT],),
    ([CAT, DOG],),
    ([CAT, DOG], ["the", "on"]),
    ([CAT, DOG], ("the", "on")),
    ([CAT, DOG], {"the": 1, "on": 2}),
    ([CAT, DOG], {"the", "on", "cat"}),
    ([CAT, DOG], frozenset({"sat"})),
    ([CAT, DOG], "the"),
    ([CAT, DOG], ""),
    ([CAT, DOG], CAT + DOG),
    ([CAT, DOG], None),
    ([], None),
    ([CAT, DOG], 5),
    ((tuple(CAT), tuple(DOG)), ["the"]),
    ([CAT, CAT, CAT],),
    ([DOG, CAT], ["the"]),
    (["the cat sat", "on the mat"],),
    (["the cat sat", "on the mat"], ["t", "h", "e"]),
    ([["The", "the", "THE", "tHe"]],),
    ([["The", "the"]], ["the"]),
    ([["café", "cafe\u0301", "café"]],),
    ([["café", "cafe\u0301"]], ["cafe\u0301"]),
    ([["straße", "strasse", "STRASSE"]],),
    ([["naïve", "naive"], ["日本", "日本", "にほん"]],),
    ([["don't", "don’t", "dont"]], ["don't"]),
    ([["", "", " "]],),
    ([["word ", "word", "word\n"]], ["word"]),
    ([[1, 1.0, True]],),
    ([[True, 1, 1.0]],),
    ([[1.0, 1, True]],),
    ([[0, False, 0.0, -0.0, None]],),
    ([[1, 2, 3]], [True]),
    ([[2 ** 53, 2.0 ** 53, 2 ** 53 + 1]],),
    ([[10 ** 30, 1e30]],),
    ([[NAN, NAN]],),
    ([[NAN], [NAN]], [NAN]),
    ([[float("nan"), float("nan")]],),
    ([[math.inf, float("inf"), -math.inf]],),
    ([["1", 1, b"1"]],),
    ([[None, None, "None"]],),
    ([[("a", 1), ("a", 1), ["a", 1]]],),
    ([[["a"], ["a"], ["b"]]],),
    ([[["a"]], [["a"], {"k": 1}, {"k": 1}]], [["b"]]),
    ([[{"x"}, {"x"}, frozenset({"x"})]],),
    ([["a", ["a"]]], [["a"]]),
    ([[Lemma("Run"), Lemma("run"), Lemma("RUNS")]],),
    ([[Lemma("Run")], ["run", Lemma("ran")]], [Lemma("RUN")]),
    ([[Tagged("run", "VB"), Tagged("run", "NN"), "run"]],),
    ([["run", Tagged("run", "VB")]],),
    ([[Tagged("run", "VB")], [Tagged("walk")]], ["walk"]),
    ([CAT, None],),
    ([None],),
    ([CAT, 5],),
    ([CAT, [None, "x"]],),
    (None,),
    ("abc",),
    ("abc", ["b"]),
    ([CAT], [["the"]]),
    ([["a"] * 50 + ["b"] * 50],),
    ([[f"w{i}" for i in range(300)], [f"w{i}" for i in range(150, 450)]], [f"w{i}" for i in range(0, 600, 2)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(new_words_by_chapter, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(new_words_by_chapter, reference, known=["the"], chapters=[CAT, DOG])
    assert_same(new_words_by_chapter, reference, chapters=[CAT])


def test_known_shared_with_chapter() -> None:
    chapter = ["a", "b", "c", "a"]
    assert_same(new_words_by_chapter, reference, [chapter, chapter], chapter[:2])


POOL = ["the", "a", "cat", "dog", "sat", "ran", "on", "in", "mat", "house", "The", "Cat", "café", "naïve", "don't",
        "well-known", "über", "日本"]


def _random_cases():
    rng = random.Random(3000)
    for _ in range(250):
        pool = POOL[:rng.randint(1, len(POOL))] + [f"x{i}" for i in range(rng.randint(0, 30))]
        if rng.random() < 0.1:
            pool = pool + [1, 1.0, True, 0, None, ("t", 1)]
        chapters = [[rng.choice(pool) for _ in range(rng.randint(0, 40))] for _ in range(rng.randint(0, 8))]
        known = rng.sample(pool, rng.randint(0, len(pool)))
        shape = rng.random()
        if shape < 0.15:
            yield (chapters,)
        elif shape < 0.3:
            yield (tuple(tuple(chapter) for chapter in chapters), tuple(known))
        else:
            yield (chapters, known)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(new_words_by_chapter, reference, *case)


def test_whole_reader() -> None:
    rng = random.Random(12)
    vocabulary = [f"{rng.choice('bcdfghlmnprstw')}{rng.choice('aeiou')}{rng.choice('nrstl')}{i}" for i in range(4000)]
    weights = [1 / rank for rank in range(1, len(vocabulary) + 1)]
    chapters = [rng.choices(vocabulary, weights, k=2500) for _ in range(10)]
    known = sorted(vocabulary[:1200])
    assert_same(new_words_by_chapter, reference, chapters, known)
    assert_same(new_words_by_chapter, reference, chapters)
