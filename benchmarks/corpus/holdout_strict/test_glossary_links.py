"""Strict equivalence tests for link_terms (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from docsite.glossary import link_terms
from strict_support import assert_same

TARGET = "docsite/glossary.py:link_terms"


def reference(paragraphs, glossary):
    linked = []
    for paragraph in paragraphs:
        for term, url in glossary.items():
            pattern = r"\b" + re.escape(term) + r"\b"
            paragraph = re.sub(pattern, lambda m: f"[{m.group(0)}]({url})", paragraph, flags=re.IGNORECASE)
        linked.append(paragraph)
    return linked


CASES = [
    ([], {}),
    ([], {"cache": "/c"}),
    (["cache"], {}),
    ([""], {"cache": "/c"}),
    (["cache"], {"cache": "/c"}),
    (["Cache, CACHE and cache."], {"cache": "/c"}),
    (["caches cached cache_line cache-line"], {"cache": "/c"}),
    (["cache\n", "\ncache\n\n"], {"cache": "/c"}),
    (["a cache", "a cache", "a cache"], {"cache": "/c"}),
    (["data base and database"], {"data": "/d", "data base": "/db"}),
    (["data base and database"], {"data base": "/db", "data": "/d"}),
    (["python.org"], {"python": "/python", "org": "/org"}),
    (["see the python docs"], {"python": "/python", "python docs": "/docs"}),
    (["node [node](/x)"], {"node": "/n"}),
    (["link to glossary"], {"link": "/glossary/link", "glossary": "/g"}),
    (["Use C++ or c++11"], {"c++": "/cpp"}),
    (["a.b and axb"], {"a.b": "/ab"}),
    (["(x) and x"], {"(x)": "/x"}),
    (["cost is $5"], {"$5": "/five"}),
    (["cache"], {"": "/empty"}),
    (["two words"], {" ": "/space"}),
    (["café and CAFÉ and cafe"], {"café": "/cafe"}),
    (["Straße and STRASSE"], {"straße": "/s"}),
    (["İstanbul and istanbul"], {"istanbul": "/ist"}),
    (["東京 and 東京都"], {"東京": "/tokyo"}),
    (["year 2024 and 20245"], {"2024": "/y"}),
    (["Cache and cache"], {"Cache": "/upper", "cache": "/lower"}),
    (["cache"], {"cache": "C:\\new"}),
    (["cache"], {"cache": "/a\\\\b"}),
    (["cache"], {"cache": "/x\\g<0>"}),
    (["cache"], {"cache": "/bad\\d"}),
    (["nothing here"], {"cache": "/bad\\d"}),
    (["cache"], {"cache": "/ok", "x": "/bad\\q"}),
    (["tab\tcache\tend"], {"cache": "/c"}),
    (["cache " * 50], {"cache": "/c"}),
    (["shard replica shard"], {"shard": "/s", "replica": "/r", "s": "/letter"}),
    (["g and G"], {"g": "/g", "c": "/c"}),
]


def _random():
    rng = random.Random(19)
    vocab = ["ka", "lo", "kalo", "mi", "ka lo", "ne", "sor", "Ka", "LO", "ka-lo"]
    for _ in range(40):
        glossary = {rng.choice(vocab): f"/g/{i}" for i in range(rng.randrange(0, 5))}
        paragraphs = [" ".join(rng.choice(vocab + [",", "."]) for _ in range(rng.randrange(0, 12)))
                      for _ in range(rng.randrange(0, 4))]
        yield paragraphs, glossary


@pytest.mark.parametrize(("paragraphs", "glossary"), CASES + list(_random()))
def test_same_as_reference(paragraphs, glossary) -> None:
    assert_same(link_terms, reference, paragraphs, glossary)


def test_many_terms() -> None:
    glossary = {f"term{i}": f"/g/{i}" for i in range(600)}
    paragraphs = [" ".join(f"term{(i * 7 + j) % 650}" for j in range(30)) for i in range(5)]
    assert link_terms(paragraphs, glossary) == reference(paragraphs, glossary)


def test_inputs_are_left_alone() -> None:
    paragraphs, glossary = ["a cache"], {"cache": "/c"}
    assert link_terms(paragraphs, glossary) == ["a [cache](/c)"]
    assert paragraphs == ["a cache"] and glossary == {"cache": "/c"}
