"""Strict equivalence tests for collapse_syndicated (never shown to wattlens)."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from clippings.dedupe import collapse_syndicated
from strict_support import assert_same

TARGET = "clippings/dedupe.py:collapse_syndicated"

_PUNCTUATION = re.compile(r"[^\w\s]")
_SLUG = re.compile(r"^(?:update\s*\d*|corrected|exclusive|breaking)\s*[:\-]\s*", re.IGNORECASE)


def normalise_headline(headline):
    text = _SLUG.sub("", headline.strip())
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.split())


def reference(stories):
    kept = []
    copies = {}
    outlets = {}
    for story in stories:
        headline = normalise_headline(story["headline"])
        original = None
        for earlier in kept:
            if normalise_headline(earlier["headline"]) == headline:
                original = earlier
                break
        if original is None:
            kept.append(story)
            outlets[story["id"]] = {story["outlet"]}
        else:
            copies.setdefault(original["id"], []).append(story["id"])
            outlets[original["id"]].add(story["outlet"])
    return {
        "kept": [story["id"] for story in kept],
        "copies": copies,
        "outlets": {story_id: sorted(names) for story_id, names in outlets.items()},
    }


def S(story_id, headline, outlet="Wire", **extra):
    return {"id": story_id, "headline": headline, "outlet": outlet, **extra}


CASES = [
    [],
    [S("1", "A")],
    [S("1", "")],
    [S("1", ""), S("2", "   "), S("3", "!!!"), S("4", "\n")],
    [S("1", "Rates held"), S("2", "rates held"), S("3", "RATES  HELD!"), S("4", "Rates, held.")],
    [S("1", "Rates held", "B"), S("2", "rates held", "A"), S("3", "rates held", "B")],
    [S("1", "Café"), S("2", "cafe"), S("3", "CAFÉ"), S("4", "Cafe\u0301")],
    [S("1", "Straße"), S("2", "STRASSE"), S("3", "strasse")],
    [S("1", "ﬁnance"), S("2", "finance"), S("3", "Ｆｉｎａｎｃｅ")],
    [S("1", "UPDATE 2: Rates"), S("2", "Rates"), S("3", "update: rates"), S("4", "Update2 - Rates")],
    [S("1", "Breaking: Breaking: News"), S("2", "Breaking: News"), S("3", "News")],
    [S("1", "Exclusive - x"), S("2", "corrected:x"), S("3", "x")],
    [S("1", "Markets: update 1: x"), S("2", "markets x"), S("3", "markets update 1 x")],
    [S("1", "a_b"), S("2", "a b"), S("3", "a-b")],
    [S("1", "٣ rates"), S("2", "3 rates")],
    [S("1", "tab\there"), S("2", "tab here\n"), S("3", "tab\u00a0here")],
    [S("1", "x"), S("1", "y"), S("1", "x")],
    [S("1", "x"), S("2", "x"), S("1", "y"), S("3", "y")],
    [S(1, "x"), S(1.0, "y"), S(True, "x")],
    [S(None, "x"), S("2", "x")],
    [S("1", "x", "Ä"), S("2", "x", "a"), S("3", "x", "B"), S("4", "x", "")],
    [S("1", "x", 1), S("2", "x", "1")],
    [S("1", "x", None), S("2", "x", None)],
    [S("1", "x", ["o"])],
    [S("1", "x", "o"), S("2", "x", ["o"])],
    [S("1", "x", "o"), S("2", "y", ["o"])],
    [S("1", None)],
    [S("1", "x"), S("2", 42)],
    [S("1", "x"), S("2", b"x")],
    [S("1", "x"), {"id": "2", "outlet": "o"}],
    [S("1", "x"), {"headline": "x", "outlet": "o"}],
    [S("1", "x"), {"headline": "y", "outlet": "o"}],
    [S("1", "x"), {"id": "2", "headline": "x"}],
    [{"id": "1", "headline": "x"}],
    [S("1", "x", published="2024-06-01", body="ünïcödé")],
    (S("1", "x"), S("2", "X")),
    [S(["1"], "x")],
    [S("1", "x"), S(["2"], "x")],
    [S("1", "x"), S(("2",), "x")],
    [S(str(n), "Same headline") for n in range(25)],
    [S(str(n), f"Headline {n % 4}") for n in range(25)],
    [S("1", "Ǆ digraph"), S("2", "ǆ DIGRAPH"), S("3", "ǅ digraph")],
    [S("1", "İstanbul"), S("2", "istanbul"), S("3", "i̇stanbul")],
    [S("1", "emoji 🎉 party"), S("2", "emoji party"), S("3", "EMOJI  🎉🎉 PARTY")],
]


@pytest.mark.parametrize("stories", CASES)
def test_cases(stories) -> None:
    assert_same(collapse_syndicated, reference, stories)


def _random_cases():
    rng = random.Random(606)
    words = ["rates", "Rates", "café", "CAFE", "storm", "vote", "über", "naïve", "x", "-", "!", "update"]
    for _ in range(140):
        bases = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))]
        stories = []
        for number in range(rng.randint(0, 30)):
            headline = rng.choice(bases)
            roll = rng.random()
            if roll < 0.2:
                headline = headline.upper()
            elif roll < 0.3:
                headline = f"Update {rng.randint(1, 3)}: {headline}"
            elif roll < 0.4:
                headline = f"  {headline}?! "
            stories.append(S(f"s{number if rng.random() > 0.05 else 0}", headline, rng.choice(["AP", "Reuters", "Herald", "Post"])))
        yield stories


@pytest.mark.parametrize("stories", list(_random_cases()))
def test_random(stories) -> None:
    assert_same(collapse_syndicated, reference, stories)


def test_large_feed() -> None:
    rng = random.Random(10)
    words = "council budget vote strike rail port energy prices café zürich".split()
    bases = [" ".join(rng.choice(words) for _ in range(6)) for _ in range(150)]
    stories = [S(f"w{n}", rng.choice(bases).upper() if rng.random() < 0.3 else rng.choice(bases), f"O{rng.randrange(20)}")
               for n in range(500)]
    assert_same(collapse_syndicated, reference, stories)
