"""Strict equivalence tests for unique_slugs (never shown to wattlens)."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from blog.slugs import unique_slugs
from strict_support import assert_same

TARGET = "blog/slugs.py:unique_slugs"


def _slugify(title):
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def reference(titles):
    slugs = []
    for title in titles:
        base = _slugify(title) or "post"
        candidate = base
        n = 2
        while candidate in slugs:
            candidate = f"{base}-{n}"
            n += 1
        slugs.append(candidate)
    return slugs


CASES = [
    [],
    [""],
    ["", "", ""],
    ["Post", "post", "POST!", "post"],
    ["hi", "hi-2", "hi", "hi"],
    ["hi-2", "hi", "hi", "hi-3", "hi"],
    ["a-2", "a", "a", "a-2"],
    ["post", "", "post-2", ""],
    ["Café", "cafe", "CAFÉ", "Cafe\u0301"],
    ["日本語", "😀", "!!!"],
    ["  spaced   out  ", "spaced out", "spaced-out", "spaced--out"],
    ["x\n", "x", "x\t\n"],
    ["under_score", "under score", "under-score"],
]


def _random():
    rng = random.Random(8)
    words = ["a", "b", "a-2", "b-3", "", "!", "A", "é"]
    for _ in range(40):
        yield [" ".join(rng.choice(words) for _ in range(rng.randint(1, 2))) for _ in range(rng.randrange(0, 25))]


@pytest.mark.parametrize("titles", CASES + list(_random()))
def test_same_as_reference(titles) -> None:
    assert_same(unique_slugs, reference, titles)
