"""Strict equivalence tests for concordance (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from concord.kwic import Hit, concordance
from strict_support import assert_same

TARGET = "concord/kwic.py:concordance"

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def reference(text, keywords, width=30):
    wanted = {}
    for keyword in keywords:
        wanted.setdefault(keyword.casefold(), keyword)
    hits = {keyword: [] for keyword in wanted.values()}
    for match in _TOKEN.finditer(text):
        keyword = wanted.get(match.group().casefold())
        if keyword is None:
            continue
        start, end = match.span()
        line = text.count("\n", 0, start) + 1
        left = " ".join(text[max(0, start - 3 * width):start].split())[-width:] if width > 0 else ""
        right = " ".join(text[end:end + 3 * width].split())[:width] if width > 0 else ""
        hits[keyword].append(Hit(line, left, match.group(), right))
    return hits


STORY = "The storm came at night.\nAfter the Storm, silence.\n\nStorms pass; the storm-cloud stays.\n"

TEXTS = [
    "",
    "\n",
    "\n\n\n",
    "storm",
    "storm\n",
    "\nstorm",
    "storm storm storm",
    "storm\nstorm\n\nstorm\n\n\nstorm",
    STORY,
    STORY * 3,
    STORY.replace("\n", "\r\n"),
    STORY.replace("\n", "\r"),
    STORY.replace("\n", "\u2028"),
    STORY.replace("\n", "\n\t  "),
    "   storm   \n   ",
    "Storm! STORM? sToRm... storm_cloud storm2 2storm",
    "It's late; it’s later. ITS it's' 'it's",
    "Straße STRASSE strasse Strasse",
    "ﬁre fire FIRE ﬁRE",
    "Σίσυφος ΣΊΣΥΦΟΣ σίσυφοσ",
    "İstanbul istanbul ISTANBUL",
    "café cafe CAFÉ cafe\u0301",
    "日本 storm 日本storm storm日本",
    "letter\u00a0letter\u3000letter\x0bletter\x0cletter\x1cletter",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z storm a b c d e f g h i j k l m n o p q r s t u v w x y z",
    ("word " * 40) + "storm" + (" word" * 40),
    "storm " + "\n" * 50 + " storm",
    "🌩 storm 🌩\nstorm",
]

KEYWORDS = [
    ["storm"],
    ["Storm", "STORM", "storm"],
    ["storm", "silence", "night", "rainbow"],
    ("it's", "it’s", "its"),
    ["strasse", "Straße"],
    ["fire", "ﬁre"],
    ["σίσυφος"],
    ["istanbul", "İstanbul"],
    ["café", "cafe"],
    ["letter", "日本"],
    [],
    [""],
    ["storm cloud", "storm-cloud", "storm_cloud"],
    "storm",
    {"storm": 1, "night": 2},
]


@pytest.mark.parametrize("keywords", KEYWORDS)
@pytest.mark.parametrize("text", TEXTS)
def test_texts(text, keywords) -> None:
    assert_same(concordance, reference, text, keywords)


@pytest.mark.parametrize("width", [0, 1, 2, 5, 12, 30, 80, 1000, -1, -30, True, False])
@pytest.mark.parametrize("text", [STORY, STORY * 4, "storm", "", "  storm  \n\n storm \n"])
def test_widths(text, width) -> None:
    assert_same(concordance, reference, text, ["storm", "silence", "the"], width)


@pytest.mark.parametrize("args", [
    (None, ["storm"]),
    (b"storm", ["storm"]),
    (STORY, [None]),
    (STORY, ["storm", 3]),
    (STORY, None),
    (STORY, 5),
    (STORY, ["storm"], 2.5),
    (STORY, ["storm"], None),
    ("no hits here", ["storm"], None),
    ("no hits here", ["storm"], 2.5),
    (STORY, ["storm"], "5"),
])
def test_bad_arguments(args) -> None:
    assert_same(concordance, reference, *args)


def _random_text(rng, words):
    vocabulary = ["storm", "Storm", "night", "the", "a", "letter", "Letters", "it's", "silence", "ß", "straße", "x"]
    pieces = []
    for _ in range(words):
        pieces.append(rng.choice(vocabulary))
        pieces.append(rng.choice([" ", " ", " ", "\n", "\n\n", ", ", ". ", "\t", "-", "'", "\r\n"]))
    return "".join(pieces)


def _random_cases():
    rng = random.Random(808)
    for _ in range(60):
        keywords = rng.sample(["storm", "STORM", "night", "letter", "letters", "it's", "silence", "strasse", "the"],
                              rng.randint(0, 5))
        yield _random_text(rng, rng.randint(0, 200)), keywords, rng.choice([0, 3, 10, 30])


@pytest.mark.parametrize("text,keywords,width", list(_random_cases()))
def test_random(text, keywords, width) -> None:
    assert_same(concordance, reference, text, keywords, width)


def test_large_corpus() -> None:
    rng = random.Random(1)
    text = _random_text(rng, 60_000)
    assert_same(concordance, reference, text, ["storm", "letter", "straße", "it's"], 35)
    assert_same(concordance, reference, "\n" + text + "\n\n", ["night", "the"], 10)
