"""Strict equivalence tests for ProfanityFilter.censor (never shown to wattlens)."""

from __future__ import annotations

import random
import string

import pytest
from moderation.wordfilter import ProfanityFilter
from strict_support import assert_same

TARGET = "moderation/wordfilter.py:ProfanityFilter.censor"


def reference(self, message):
    import re

    for word in self._words:
        pattern = r"\b" + re.escape(word) + r"\b"
        message = re.sub(pattern, self.mask * len(word), message, flags=re.IGNORECASE)
    return message


def run(method, words, mask, messages):
    chat = ProfanityFilter(words, mask)
    return [method(chat, message) for message in messages]


def check(words, messages, mask="*"):
    assert_same(lambda w, m: run(ProfanityFilter.censor, w, mask, m), lambda w, m: run(reference, w, mask, m), words, messages)


CASES = [
    ([], ["", "anything at all", "\n"]),
    (["darn"], ["", "darn", "DARN", "Darn.", "darn\n", "\ndarn\n", "darned", "undarn", "darn_it", "darn-it", "darn2", "darndarn"]),
    (["darn", "heck"], ["darn heck", "heck,darn", "darn darn darn", "d a r n"]),
    (["darn it", "darn"], ["darn it", "darn  it", "darn it all", "oh darn"]),
    (["darn", "darn it"], ["darn it", "darn  it", "darn it all"]),
    (["ass", "assassin"], ["assassin ass", "an ass-assassin", "ASSASSIN"]),
    (["assassin", "ass"], ["assassin ass", "an ass-assassin"]),
    (["ab", "b c", "c"], ["ab c", "a b c", "b c ab"]),
    (["c++", "a.b", "(x)", "x", "50%", "$var"], ["i use c++ daily", "c++x", "a.b axb", "(x) x (x)", "50% off", "$var $var1", "cxx a-b"]),
    (["naïve", "über"], ["Naïve über ÜBER ubER naive", "überall naïveté"]),
    (["straße"], ["STRASSE straße Straße STRAẞE"]),
    (["日本"], ["日本 日本語 に日本"]),
    (["hi"], ["hi\nhi\r\nhi\thi", "hi\u00a0hi", "hi\u2028hi"]),
    ([" spaced ", "MiXeD", "mixed", ""], ["spaced mixed MIXED"]),
    (["a"], ["a a a a", "aaa", "a-a_a"]),
    (["\\d", "\\"], ["\\d \\ d 1"]),
    (["tab\there"], ["tab\there tab here"]),
]


@pytest.mark.parametrize("words, messages", CASES)
def test_same_as_reference(words, messages) -> None:
    check(words, messages)


@pytest.mark.parametrize("mask", ["*", "#", "-", "$", "&", "é", "0", " ", "\\", "\n", "\\1"])
def test_masks(mask) -> None:
    check(["darn", "heck it"], ["darn it", "heck it now", "clean", ""], mask)


def test_many_entries_beyond_any_cache() -> None:
    rng = random.Random(3)
    words = sorted({"".join(rng.choices("abcde", k=rng.randint(1, 4))) for _ in range(900)})
    messages = [" ".join("".join(rng.choices("abcde", k=rng.randint(1, 4))) for _ in range(rng.randint(0, 12))) for _ in range(25)]
    check(words, messages)
    check(list(reversed(words)), messages, "#")


@pytest.mark.parametrize("seed", range(40))
def test_random(seed) -> None:
    rng = random.Random(seed)
    vocab = ["darn", "heck", "darn it", "it", "Heck", "d", "he", "ck"]
    words = rng.sample(vocab, rng.randint(0, len(vocab)))
    messages = [rng.choice(["", " ", ", ", "-", "\n"]).join(rng.choices(vocab + ["ok", "darned", "HECK!"], k=rng.randint(0, 8))) for _ in range(6)]
    check(words, messages, rng.choice("*#"))


def test_errors() -> None:
    chat = ProfanityFilter(["darn"])
    for message in (None, 5, b"darn"):
        assert_same(ProfanityFilter.censor, reference, chat, message)
    assert_same(ProfanityFilter.censor, reference, ProfanityFilter([]), None)


def test_filter_is_reusable_and_unchanged() -> None:
    chat = ProfanityFilter(["darn", "heck"])
    first = [chat.censor(m) for m in ("darn", "HECK", "fine")]
    assert chat.words == ("darn", "heck") and chat.mask == "*"
    assert [chat.censor(m) for m in ("darn", "HECK", "fine")] == first == ["****", "****", "fine"]
    chat.mask = "#"
    assert chat.censor("darn") == "####"
