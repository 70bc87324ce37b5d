"""Strict equivalence tests for Hyphenator.hyphenate_text (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from hyphenkit.liang import Hyphenator
from strict_support import assert_same

TARGET = "hyphenkit/liang.py:Hyphenator.hyphenate_text"

_WORD = re.compile(r"[^\W\d_]+")


def _split_at(word, cuts):
    pieces = []
    previous = 0
    for cut in cuts:
        pieces.append(word[previous:cut])
        previous = cut
    pieces.append(word[previous:])
    return pieces


def _hyphenate(self, word):
    lowered = word.lower()
    if lowered in self.exceptions:
        return _split_at(word, self.exceptions[lowered])
    if len(word) < self.left_min + self.right_min:
        return [word]
    dotted = f".{lowered}."
    points = [0] * (len(dotted) + 1)
    for letters, weights in self.patterns:
        start = dotted.find(letters)
        while start >= 0:
            for offset, weight in enumerate(weights):
                if weight > points[start + offset]:
                    points[start + offset] = weight
            start = dotted.find(letters, start + 1)
    cuts = [i for i in range(self.left_min, len(word) - self.right_min + 1) if points[i + 1] % 2]
    return _split_at(word, cuts)


def reference(self, text, hyphen="\u00ad"):
    return _WORD.sub(lambda match: hyphen.join(_hyphenate(self, match.group())), text)


BASIC = ["a1n", "1na", "2nn", "1ta", "2tion", "1ti", "n2a.", ".ex1", "e1x", "3ss", "s1s", "1ment", "men3t"]

HYPHENATORS = {
    "basic": Hyphenator(BASIC),
    "basic_exc": Hyphenator(BASIC, ["ba-nana", "ex-tra", "pre-sent", "Ta-Ble", "-edge", "edge2-"]),
    "loose": Hyphenator(BASIC, left_min=1, right_min=1),
    "zero": Hyphenator(BASIC + [".1a", "a1."], left_min=0, right_min=0),
    "tight": Hyphenator(BASIC, left_min=4, right_min=4),
    "dupes": Hyphenator(["1na", "2na", "a1n", "a4n", "1na", "n1a", "n2a"]),
    "dupes_rev": Hyphenator(["n2a", "n1a", "1na", "a4n", "a1n", "2na", "1na"]),
    "mixed_width": Hyphenator(["1na", "n1a", "2na.", ".na1", "ana1n", "a5n", "4an"]),
    "upper_patterns": Hyphenator(["A1N", "1Na", "T1I"]),
    "dotted": Hyphenator([".ba1", "1na.", ".b1a", "a.", ".a"]),
    "single_letters": Hyphenator(["1a", "e1", "1o", "u1", "i3", "4y"]),
    "unicode": Hyphenator(["ä1r", "1ße", "é1t", "1ки", "ο1ρ", "ñ1o", "1ção"]),
    "empty": Hyphenator([]),
    "blank_lines": Hyphenator(["", "  ", "1na\n", " a1n "]),
    "exceptions_only": Hyphenator([], ["hy-phen-ation", "Straße-n", "naïve-ty"]),
    "high": Hyphenator(["9na", "a8n", "1na", "n7a", "a6"]),
}

TEXTS = [
    "",
    " ",
    "\n",
    "banana",
    "banana\n",
    "banana \n\n",
    "  banana  bananas   ",
    "Banana BANANA bAnAnA",
    "A banana, more bananas!\n",
    "extension mention attention tension",
    "present presents Present PRESENT",
    "table Table TABLE tables",
    "edge edge2 edges",
    "banana-nation, nation's nationality",
    "na na nan nana nanan nanana nananana",
    "x y z ab abc abcd abcde",
    "don't won't shouldn't",
    "under_score snake_case_name",
    "123 banana456nation 7up",
    "Straße straße STRASSE Straßen",
    "naïve naïvety café résumé étiquette",
    "İstanbul İnanna ınana",
    "Ærø ærlig Åland",
    "καλημέρα ορθογραφία",
    "привет кириллица книга",
    "日本語のテキスト mixed with banana",
    "emoji 🎉 banana 🍌 nation",
    "tab\tseparated\tbanana\r\nwindows\r\n",
    "hy-phen-ation hyphenation Hyphenation",
    "mentioned documentation exceptional",
    "a" * 40,
    "na" * 25,
    "\u00adbanana\u00ad",
    "ligature ﬁnance ﬂow",
    "ＡＢＣ ｂａｎａｎａ",
]


def _random_patterns(rng, alphabet, count):
    patterns = []
    for _ in range(count):
        size = rng.randint(1, 5)
        letters = "".join(rng.choice(alphabet) for _ in range(size))
        if rng.random() < 0.2:
            letters = "." + letters
        if rng.random() < 0.2:
            letters = letters + "."
        out = []
        for position, letter in enumerate(letters):
            if rng.random() < 0.3:
                out.append(str(rng.randint(1, 9)))
            out.append(letter)
        if rng.random() < 0.2:
            out.append(str(rng.randint(1, 9)))
        patterns.append("".join(out))
    return patterns


def _random_text(rng, alphabet, words):
    pieces = []
    for _ in range(words):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.1:
            word = word.upper()
        elif rng.random() < 0.1:
            word = word.capitalize()
        pieces.append(word)
        pieces.append(rng.choice([" ", " ", " ", ", ", ". ", "\n", "-", "  ", "'", "3"]))
    return "".join(pieces)


def _random_cases():
    rng = random.Random(1313)
    for n in range(70):
        alphabet = rng.choice(["abn", "abcdeno", "aeiourstlnm", "äöüßae", "abcdefghijklmnopqrstuvwxyz"])
        patterns = _random_patterns(rng, alphabet, rng.randint(0, 60))
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 9))) for _ in range(3)]
        exceptions = ["-".join(w[i:i + 2] for i in range(0, len(w), 2)) for w in words] if n % 3 == 0 else []
        hyphenator = Hyphenator(patterns, exceptions, rng.randint(0, 3), rng.randint(0, 4))
        text = _random_text(rng, alphabet, rng.randint(0, 40))
        yield hyphenator, text, rng.choice(["\u00ad", "-", "", "=", "<shy>"])


@pytest.mark.parametrize("name", sorted(HYPHENATORS))
@pytest.mark.parametrize("text", TEXTS)
def test_texts(name, text) -> None:
    assert_same(Hyphenator.hyphenate_text, reference, HYPHENATORS[name], text)


@pytest.mark.parametrize("hyphenator,text,hyphen", list(_random_cases()))
def test_random(hyphenator, text, hyphen) -> None:
    assert_same(Hyphenator.hyphenate_text, reference, hyphenator, text, hyphen)


@pytest.mark.parametrize("hyphen", ["-", "", "\u00ad", "\u2010", "--", None, 5, b"-"])
@pytest.mark.parametrize("text", ["", "banana mention", "12 34", "a"])
def test_hyphen_argument(hyphen, text) -> None:
    assert_same(Hyphenator.hyphenate_text, reference, HYPHENATORS["basic_exc"], text, hyphen)


@pytest.mark.parametrize("text", [None, 12, b"banana"])
def test_bad_text(text) -> None:
    assert_same(Hyphenator.hyphenate_text, reference, HYPHENATORS["basic"], text)


def test_bad_min_settings() -> None:
    assert_same(Hyphenator.hyphenate_text, reference, Hyphenator(BASIC, left_min=1.5), "banana and")
    assert_same(Hyphenator.hyphenate_text, reference, Hyphenator(BASIC, right_min=None), "banana and")
    assert_same(Hyphenator.hyphenate_text, reference, Hyphenator(BASIC, right_min=None), "12 34")


def test_patterns_after_construction() -> None:
    hyphenator = Hyphenator(BASIC)
    hyphenator.patterns.append(("ana", (0, 1, 0, 1)))
    hyphenator.patterns.insert(0, ("nan", (0, 3, 0, 0)))
    assert_same(Hyphenator.hyphenate_text, reference, hyphenator, "banana bananas ananas nanana")
    hyphenator.exceptions["ananas"] = [1, 3, 5]
    assert_same(Hyphenator.hyphenate_text, reference, hyphenator, "banana bananas ananas nanana")


def test_large_issue() -> None:
    rng = random.Random(77)
    alphabet = "abcdefghijklmnopqrstuvwxyzéüß"
    vocabulary = ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 14))) for _ in range(600)]
    hyphenator = Hyphenator(_random_patterns(rng, alphabet, 1500), vocabulary[:5])
    text = " ".join(rng.choice(vocabulary) for _ in range(2500)) + "\n"
    assert_same(Hyphenator.hyphenate_text, reference, hyphenator, text)
    assert_same(Hyphenator.hyphenate_text, reference, hyphenator, text.upper(), "-")
