"""Strict equivalence tests for score_article (never shown to wattlens)."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from readscore.scores import Readability, score_article
from strict_support import assert_same

TARGET = "readscore/scores.py:score_article"

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


def _syllables(word):
    word = word.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    count = 0
    previous = False
    for char in word:
        vowel = char in "aeiouy"
        if vowel and not previous:
            count += 1
        previous = vowel
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def _familiar(word, familiar_words):
    lowered = word.lower()
    if lowered in familiar_words:
        return True
    for suffix in ("s", "es", "ed", "ing", "er", "est", "ly"):
        if lowered.endswith(suffix) and lowered[: -len(suffix)] in familiar_words:
            return True
    return False


def reference(text, familiar_words, top=5):
    words = WORD.findall(text)
    if not words:
        raise ValueError("the article has no words")
    sentences = max(1, sum(1 for part in SENTENCE_END.split(text) if part.strip()))
    syllables = sum(_syllables(word) for word in words)
    difficult = [word.lower() for word in words if not _familiar(word, familiar_words)]
    words_per_sentence = len(words) / sentences
    flesch = 206.835 - 1.015 * words_per_sentence - 84.6 * (syllables / len(words))
    percent_difficult = 100 * len(difficult) / len(words)
    dale_chall = 0.1579 * percent_difficult + 0.0496 * words_per_sentence
    if percent_difficult > 5:
        dale_chall += 3.6365
    hardest = tuple(word for word, _ in Counter(difficult).most_common(top))
    return Readability(len(words), sentences, syllables, len(difficult), round(flesch, 2), round(dale_chall, 2), hardest)


BASIC = ["a", "an", "and", "big", "cat", "dog", "go", "happy", "is", "it", "mat", "on", "ran", "run", "sat", "the",
         "walk", "was", "we", "you", "be", "tree", "see", "we're", "it's", "one", "tall"]

TEXTS = [
    "",
    " ",
    "\n\n",
    "123 456. 7.5!",
    "...!?",
    "a",
    "A.",
    "the cat",
    "The cat sat on the mat.",
    "The cat sat on the mat.\n",
    "The cat sat on the mat.  \n\t ",
    "   The cat sat on the mat",
    "The cat sat. The dog ran! Did we see? Yes.",
    "The cat sat... the dog ran?! we walk.",
    "Version 2.5 is out. Really!",
    "e.g. the cat i.e. the dog",
    "Cats walked. Dogs walking. Happily running. Taller trees. Tallest.",
    "Walkeds runnings catses.",
    "It's the dog's mat. We're happy. The cats' mats.",
    "It’s the dog’s mat’s. O’Neill ran.",
    "rock'n'roll don't can't won't",
    "Zebra yak yak. Zebra yak. Okapi.",
    "yak zebra zebra yak okapi okapi gnu",
    "b c d f g h j k l m n p q r s t v w x z",
    "The RHYTHM of the SYZYGY was strange.",
    "Le café était fermé. Ça va? Très bien!",
    "İstanbul ISTANBUL istanbul. Straße STRASSE.",
    "Ωμέγα και άλφα. Привет, мир! 你好世界。",
    "naïve coöperate façade résumé",
    "snake_case words with_underscores and digits4you",
    "tab\tseparated\twords. newline\nseparated\nwords.",
    "A sentence with an ellipsis… and more.",
    "the the the the the the the the",
    "Antidisestablishmentarianism is a long word. So is floccinaucinihilipilification.",
    "Be. See. Tree. Table. Cable. Make. Cake. Fee. Free.",
    "one  two   three.\r\nfour five.\r\n",
    "Walk! Walk!! Walk!!!",
    "Is it? It is. Is it!",
    "YES NO MAYBE",
    "hyphen-ated well-known state-of-the-art",
]

FAMILIAR_LISTS = [BASIC, [], ["the"], tuple(BASIC), sorted(BASIC, reverse=True), BASIC + BASIC, ["The", "CAT", "dog"],
                  ["walk", "walke", "run", "tal", "tall"], ["café", "très", "ça", "istanbul", "i̇stanbul"]]

CASES = [(text, familiar) for text in TEXTS for familiar in FAMILIAR_LISTS[:3]]
CASES += [(text, familiar) for text in TEXTS[5:25] for familiar in FAMILIAR_LISTS[3:]]
CASES += [(text, BASIC, top) for text in TEXTS[19:24] for top in (0, 1, 2, 10, -1, None)]


def _article(rng, vocab):
    sentences = []
    for _ in range(rng.randint(1, 12)):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 15))]
        if rng.random() < 0.3:
            words[rng.randrange(len(words))] += rng.choice(["s", "es", "ed", "ing", "ly", "'s", "er", "est"])
        sentences.append(" ".join(words) + rng.choice([".", "?", "!", "", "...", ". "]))
    return rng.choice([" ", "\n", "\n\n"]).join(sentences) + rng.choice(["", "\n", " \n"])


def _random():
    rng = random.Random(5150)
    vocab = BASIC + ["zebra", "okapi", "gnu", "Mtembe", "Ødegaard", "système", "quixotic", "ubiquitous", "walkable",
                     "the", "cat", "rhythm", "strengths", "idea", "queue", "beautiful", "oeuvre", "you're", "o'clock"]
    for _ in range(90):
        familiar = rng.sample(vocab, rng.randint(0, len(vocab) // 2))
        if rng.random() < 0.3:
            familiar = tuple(familiar)
        yield (_article(rng, vocab), familiar, rng.choice([5, 5, 3, 1, 8]))


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(score_article, reference, *case)


@pytest.mark.parametrize("bad", [None, 42, b"the cat sat", ["the cat"]])
def test_bad_text(bad) -> None:
    assert_same(score_article, reference, bad, BASIC)


def test_set_and_dict_word_lists() -> None:
    text = "The cat sat on the mat. Zebras walked happily."
    assert_same(score_article, reference, text, set(BASIC))
    assert_same(score_article, reference, text, frozenset(BASIC))
    assert_same(score_article, reference, text, dict.fromkeys(BASIC, 1))


def test_long_article() -> None:
    rng = random.Random(8)
    vocab = [f"{rng.choice('bcdfgklmnprst')}{rng.choice('aeiou')}{rng.choice('bcdfgklmnprst')}{rng.choice('aeiouy')}" for _ in range(600)]
    familiar = sorted(set(vocab[:400]))
    text = " ".join(" ".join(rng.choices(vocab, k=rng.randint(3, 20))) + rng.choice(".?!") for _ in range(400))
    assert_same(score_article, reference, text, familiar)
    assert_same(score_article, reference, text, familiar, 25)


def test_word_list_not_modified() -> None:
    familiar = list(BASIC)
    score_article("Zebras ran on the mat.", familiar)
    assert familiar == BASIC
