"""Strict equivalence tests for flatten_redirects (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from redirmap.flatten import flatten_redirects
from strict_support import assert_same

TARGET = "redirmap/flatten.py:flatten_redirects"


def _normalise(path):
    path = path.strip()
    if not path.startswith("/"):
        path = "/" + path
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return path


def reference(rules):
    mapping = {}
    for source, target in rules:
        mapping[_normalise(source)] = _normalise(target)
    flat = {}
    looping = []
    for source in mapping:
        chain = [source]
        current = mapping[source]
        while current in mapping and current not in chain:
            chain.append(current)
            current = mapping[current]
        if current in chain:
            looping.append(source)
        else:
            flat[source] = current
    return flat, sorted(looping)


CASES = [
    [],
    [("/a", "/b")],
    [("/a", "/a")],
    [("/a/", "a")],
    [("/", "/home"), ("/home", "/")],
    [("/", "//")],
    [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")],
    [("d", "e"), ("c", "d"), ("b", "c"), ("a", "b")],
    [("/a", "/b"), ("/b", "/a")],
    [("/x", "/a"), ("/a", "/b"), ("/b", "/c"), ("/c", "/a"), ("/y", "/x"), ("/z", "/q")],
    [("/a", "/b"), ("/a", "/c"), ("/c", "/d")],
    [("/a", "/b"), ("/b", "/c"), ("/a", "/a")],
    [("/a", "/b"), ("/b", "/a"), ("/b", "/c")],
    [("/A", "/a"), ("/a", "/B")],
    [("/café", "/cafe"), ("/cafe", "/café/"), ("/ünï", "/ok")],
    [("/a?x=1", "/b"), ("/b", "/a?x=1")],
    [("/a ", " /b/ "), ("\t/b\n", "/c\n")],
    [("/a//", "/b///"), ("/b", "/a")],
    [("/a", "")],
    [("", "/x"), ("/", "/y")],
    [("/a", "/b", "/c")],
    [("/a",)],
    [("/a", None)],
    [(None, "/a")],
    [("/a", 3)],
    (("/a", "/b"), ("/b", "/c")),
    [["/a", "/b"], ["/b", "/c"]],
    [("/p/1", "/p/2"), ("/p/2", "/p/3"), ("/p/3", "/p/4"), ("/p/4", "/p/2"), ("/q", "/p/1"), ("/r", "/p/4")],
    [("/s", "/t"), ("/t", "/u"), ("/v", "/t"), ("/w", "/v"), ("/u", "/end")],
]


def _random():
    rng = random.Random(808)
    for n in range(140):
        pool = [f"/p{i}" for i in range(rng.randint(1, 25))]
        rules = []
        for _ in range(rng.randint(0, 40)):
            source, target = rng.choice(pool), rng.choice(pool + [f"/new{rng.randint(0, 5)}"])
            if rng.random() < 0.15:
                source = source.lstrip("/") + rng.choice(["/", "", " "])
            if rng.random() < 0.1:
                target = " " + target + "/"
            rules.append((source, target))
        yield rules


@pytest.mark.parametrize("rules", CASES + list(_random()))
def test_same_as_reference(rules) -> None:
    assert_same(flatten_redirects, reference, rules)


def test_long_chains() -> None:
    rng = random.Random(2)
    pages = [f"/page-{n}" for n in range(200)]
    rules = []
    for gen in range(40):
        for index in rng.sample(range(200), 100):
            new = f"/g{gen}/page-{index}"
            rules.append((pages[index], new))
            pages[index] = new
    rules.append((pages[0], "/page-0"))
    rules.append((pages[1], pages[2]))
    assert_same(flatten_redirects, reference, rules)


def test_generator_input() -> None:
    rules = [("/a", "/b"), ("/b", "/c"), ("/x", "/x")]
    assert flatten_redirects(iter(rules)) == reference(iter(rules))
