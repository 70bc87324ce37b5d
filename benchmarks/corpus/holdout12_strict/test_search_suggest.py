"""Strict equivalence tests for Suggester.suggest_all (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from typeahead.suggest import Suggester

TARGET = "typeahead/suggest.py:Suggester.suggest_all"


def _normalize(text):
    return " ".join(text.casefold().split())


def reference(self, prefixes, limit=8):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = {}
    for prefix in prefixes:
        wanted = _normalize(prefix)
        matches = [(count, display) for key, display, count in self.entries if key.startswith(wanted)]
        matches.sort(key=lambda match: (-match[0], match[1]))
        results[prefix] = [display for _, display in matches[:limit]]
    return results


LOG = {"cordless drill": 50, "Cordless Drill 18V": 20, "drill bits": 50, "drywall screws": 5, "door handle": 12,
       "hammer": 30, "  hammer drill ": 8, "rare thing": 1, "Drill": 50, "drill": 50, "drill ": 7, "DRILL BITS": 50}
UNICODE = {"Straße": 4, "STRASSE sign": 4, "strasse": 9, "café table": 3, "Café": 3, "cafe": 3, "İzmir tiles": 2,
           "ǆungla": 1, "ﬁle set": 6, "file set": 6, "日本 saw": 5, "日本": 5, "emoji 🔨": 2}
TIES = {f"item {c}": 3 for c in "dbca"} | {"Item Z": 3, "item": 3, "ITEM": 3, "itém": 3}

SUGGESTERS = {
    "log": Suggester(LOG),
    "log2": Suggester(LOG, minimum_count=8),
    "unicode": Suggester(UNICODE),
    "ties": Suggester(TIES),
    "empty": Suggester({}),
    "blank": Suggester({"  ": 5, "\t": 2}),
    "floats": Suggester({"a": 1.5, "ab": 1.5, "abc": 2, "b": 0.5}, minimum_count=0.5),
    "negative": Suggester({"neg": -3, "neg two": -1, "zero": 0}, minimum_count=-5),
}

PREFIXES = [
    [],
    [""],
    ["", ""],
    [" "],
    ["d"],
    ["D"],
    ["dr", "DR", "dr", " dr "],
    ["drill"],
    ["drill "],
    ["drill b"],
    ["drill  bits"],
    ["cordless drill 18"],
    ["hammer d", "hammer", "ham"],
    ["x", "zz", "rare thing extra"],
    ["strass", "STRASS", "straße", "caf", "café", "cafe", "i̇z", "İz", "fi", "ﬁ", "日", "emoji 🔨", "ǅ", "ǆ"],
    ["item", "ITEM ", "item ", "it", "itè", "Item z"],
    ["a", "ab", "b", "neg", "zero", "n"],
    ("d", "h"),
]

CASES = [(name, prefixes, limit) for name in SUGGESTERS for prefixes in PREFIXES for limit in (8, 1, 2)]
CASES += [(name, ["d", "", "item"], limit) for name in ("log", "ties") for limit in (0, -1, 3, 100, True)]


def _random_log(rng):
    words = ["saw", "Saw", "drill", "bit", "bits", "screw", "screws", "paint", "pai", "white", "18v", "set", "kit", "ß", "x"]
    log = {}
    for _ in range(rng.randint(0, 60)):
        query = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.2:
            query = rng.choice(["  ", "", "\t"]) + query.upper() + rng.choice([" ", "", "\n"])
        log[query] = rng.choice([1, 1, 2, 3, 3, 5, 8])
    return log


def _random():
    rng = random.Random(6502)
    for _ in range(90):
        suggester = Suggester(_random_log(rng), minimum_count=rng.choice([1, 1, 2]))
        prefixes = [rng.choice(["", "s", "sa", "saw ", "SAW s", "d", "dri", "drill b", "p", "pai", "paint w", "1", "x", "ss", "ß"])
                    for _ in range(rng.randint(0, 8))]
        yield suggester, prefixes, rng.choice([1, 2, 3, 5, 8])


@pytest.mark.parametrize("name, prefixes, limit", CASES)
def test_same_as_reference(name, prefixes, limit) -> None:
    assert_same(Suggester.suggest_all, reference, SUGGESTERS[name], prefixes, limit)


@pytest.mark.parametrize("case", list(_random()))
def test_random_logs(case) -> None:
    assert_same(Suggester.suggest_all, reference, *case)


@pytest.mark.parametrize("bad", [[None], ["ok", 3], [b"dr"]])
def test_bad_prefixes(bad) -> None:
    assert_same(Suggester.suggest_all, reference, SUGGESTERS["log"], bad)


def test_default_limit() -> None:
    suggester = Suggester({f"query {n}": n % 7 for n in range(50)})
    assert suggester.suggest_all(["q", "query 1"]) == reference(suggester, ["q", "query 1"])


def test_big_log() -> None:
    rng = random.Random(9)
    log = {" ".join(rng.choice(["drill", "saw", "set", "blue", "pack", str(rng.randint(0, 99))]) for _ in range(rng.randint(1, 5))):
           rng.randint(1, 20) for _ in range(4000)}
    suggester = Suggester(log)
    prefixes = ["", "d", "dr", "drill s", "saw", "s", "set 1", "9", "blue pack", "zzz"] * 3
    assert_same(Suggester.suggest_all, reference, suggester, prefixes, 10)
    assert_same(Suggester.suggest_all, reference, suggester, prefixes, 5000)


def test_suggester_not_modified() -> None:
    suggester = Suggester(LOG)
    before = list(suggester.entries)
    suggester.suggest_all(["d", "h", ""])
    assert suggester.entries == before
