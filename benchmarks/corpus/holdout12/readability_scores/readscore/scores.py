"""Readability scores shown next to draft articles in the newsroom CMS."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
VOWELS = "aeiouy"
SUFFIXES = ("s", "es", "ed", "ing", "er", "est", "ly")


@dataclass(frozen=True)
class Readability:
    """Counts and scores for one article."""

    words: int
    sentences: int
    syllables: int
    difficult_words: int
    flesch_reading_ease: float
    dale_chall: float
    hardest: tuple[str, ...]


def count_syllables(word: str) -> int:
    """Estimate the syllables in an English word by counting groups of vowels."""
    word = word.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    count = 0
    previous = False
    for char in word:
        vowel = char in VOWELS
        if vowel and not previous:
            count += 1
        previous = vowel
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def count_sentences(text: str) -> int:
    """Number of sentences: runs of text ended by ., ! or ? (at least one)."""
    return max(1, sum(1 for part in SENTENCE_END.split(text) if part.strip()))


def is_familiar(word: str, familiar_words: Sequence[str]) -> bool:
    """Whether a word, or its stem with a common ending removed, is on the familiar-word list."""
    lowered = word.lower()
    if lowered in familiar_words:
        return True
    for suffix in SUFFIXES:
        if lowered.endswith(suffix) and lowered[: -len(suffix)] in familiar_words:
            return True
    return False


def score_article(text: str, familiar_words: Sequence[str], top: int = 5) -> Readability:
    """Flesch reading ease and the new Dale-Chall score of an article.

    `familiar_words` is the house list of words that most readers know (lower case).
    `hardest` lists the `top` most frequent unfamiliar words, most frequent first, ties
    in order of first use. Raises ValueError for a text without any words.
    """
    words = WORD.findall(text)
    if not words:
        raise ValueError("the article has no words")
    sentences = count_sentences(text)
    syllables = sum(count_syllables(word) for word in words)
    difficult = [word.lower() for word in words if not is_familiar(word, familiar_words)]
    words_per_sentence = len(words) / sentences
    flesch = 206.835 - 1.015 * words_per_sentence - 84.6 * (syllables / len(words))
    percent_difficult = 100 * len(difficult) / len(words)
    dale_chall = 0.1579 * percent_difficult + 0.0496 * words_per_sentence
    if percent_difficult > 5:
        dale_chall += 3.6365
    hardest = tuple(word for word, _ in Counter(difficult).most_common(top))
    return Readability(len(words), sentences, syllables, len(difficult), round(flesch, 2), round(dale_chall, 2), hardest)
