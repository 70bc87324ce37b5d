"""Strict equivalence tests for group_anagrams (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from wordplay.anagrams import group_anagrams

TARGET = "wordplay/anagrams.py:group_anagrams"


def reference(words):
    groups = []
    for word in words:
        for group in groups:
            if sorted(group[0].lower()) == sorted(word.lower()):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups


CASES = [
    [],
    [""],
    ["", ""],
    ["a"],
    ["ab", "ba", "ab", "BA"],
    ["abc", "bca", "xyz", "cab", "zyx"],
    ["Listen", "silent", "enlist", "tinsel", "inlets"],
    ["Straße", "straße", "STRASSE"],
    ["İi", "iİ", "i̇i"],
    ["a b", "ba ", " ab"],
    ["aab", "abb", "bab", "aba"],
]


def _random():
    rng = random.Random(14)
    for _ in range(40):
        words = []
        for _ in range(rng.randrange(0, 20)):
            letters = list(rng.choice(["ab", "ba", "abc", "aab", "Ab", "c", ""]))
            rng.shuffle(letters)
            words.append("".join(letters))
        yield words


@pytest.mark.parametrize("words", CASES + list(_random()))
def test_same_as_reference(words) -> None:
    assert_same(group_anagrams, reference, words)
