"""Strict equivalence tests for TerritoryMap.assign (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple

import pytest
from strict_support import assert_same
from salesmap.territories import Rule, TerritoryMap

TARGET = "salesmap/territories.py:TerritoryMap.assign"

_DROP = " -\t"


def normalise_postcode(raw):
    if not isinstance(raw, str):
        raise TypeError(f"postcode must be a string, not {type(raw).__name__}")
    return "".join(ch for ch in raw.upper() if ch not in _DROP)


class ReferenceMap:
    def __init__(self, rules):
        self.rules = list(rules)

    def territory_for(self, postcode):
        code = normalise_postcode(postcode)
        best = None
        for rule in self.rules:
            prefix = normalise_postcode(rule.prefix)
            if code.startswith(prefix) and (best is None or len(prefix) > len(normalise_postcode(best.prefix))):
                best = rule
        return best

    def assign(self, accounts):
        assigned = {}
        per_rep = {}
        unassigned = []
        for account in accounts:
            rule = self.territory_for(account["postcode"])
            if rule is None:
                unassigned.append(account["id"])
                continue
            assigned[account["id"]] = (rule.territory, rule.rep)
            per_rep[rule.rep] = per_rep.get(rule.rep, 0) + 1
        return {"assigned": assigned, "per_rep": per_rep, "unassigned": unassigned}


def candidate(rules, accounts):
    return TerritoryMap(rules).assign(accounts)


def reference(rules, accounts):
    return ReferenceMap(rules).assign(accounts)


Plain = namedtuple("Plain", "prefix territory rep")


def a(ident, postcode):
    return {"id": ident, "postcode": postcode}


R = Rule
BASE = [R("SW", "SW area", "amy"), R("SW1", "Westminster", "ben"), R("SW1A", "Whitehall", "cara"),
        R("M", "Manchester", "dev"), R("M1", "Central", "eve")]

CASES = [
    ([], []),
    (BASE, []),
    ([], [a(1, "SW1A 1AA")]),
    (BASE, [a(1, "SW1A 1AA")]),
    (BASE, [a(1, "sw1a1aa"), a(2, "SW1P 3BU"), a(3, "SW9 8EH"), a(4, "M1 1AE"), a(5, "M4 5BD"), a(6, "EH1 1YZ")]),
    (BASE + [R("", "Rest", "desk")], [a(1, "EH1 1YZ"), a(2, ""), a(3, "SW1A")]),
    ([R("", "Rest", "desk"), R("", "Other", "zed")], [a(1, "EH1"), a(2, "")]),
    ([R("M1", "first", "ann"), R("m 1", "dup", "bob"), R("M-1", "dup2", "cy")], [a(1, "M1 1AE")]),
    ([R("m 1", "dup", "bob"), R("M1", "first", "ann")], [a(1, "M1 1AE")]),
    ([R("SW1A", "Whitehall", "cara"), R("SW1", "Westminster", "ben"), R("SW", "SW area", "amy")], [a(1, "SW1A0AA"), a(2, "SW1X"), a(3, "SW")]),
    (BASE, [a(1, "SW")]),
    (BASE, [a(1, "S")]),
    (BASE, [a(1, "")]),
    (BASE, [a(1, "   ")]),
    (BASE, [a(1, " s w 1 a ")]),
    (BASE, [a(1, "SW1A\t1AA\n")]),
    (BASE, [a(1, "SW1A_1AA")]),
    (BASE, [a(1, "\tm-1-1ae")]),
    (BASE, [a(1, "SW1A 1AA"), a(1, "M1 1AE")]),
    (BASE, [a(1, "SW1A 1AA"), a(1, "EH1")]),
    (BASE, [a(1, "EH1"), a(1, "EH2")]),
    (BASE, [a(None, "EH1"), a(None, "M1")]),
    (BASE, [a((1, 2), "M1"), a(2.5, "M2"), a(True, "SW1")]),
    (BASE, [a([1], "EH1")]),
    (BASE, [a([1], "M1")]),
    (BASE, [a(1, None)]),
    (BASE, [a(1, "M1"), a(2, 12345)]),
    ([], [a(1, None)]),
    (BASE, [{"id": 1}]),
    (BASE, [{"postcode": "M1"}]),
    (BASE, [{"postcode": "EH1"}]),
    ([], [{"postcode": "EH1"}]),
    (BASE + [R(None, "bad", "x")], []),
    (BASE + [R(None, "bad", "x")], [a(1, "M1")]),
    ([R(3, "bad", "x")], [a(1, "M1")]),
    ([None], []),
    ([None], [a(1, "M1")]),
    ([R("STRASSE", "street", "ulf")], [a(1, "straße 1"), a(2, "STRASSE"), a(3, "strasse")]),
    ([R("ß", "eszett", "ulf"), R("SS", "double s", "vic")], [a(1, "SS1"), a(2, "ß1")]),
    ([R("Ö", "umlaut", "ulf")], [a(1, "ö12"), a(2, "Ö12"), a(3, "O12")]),
    ([R("ﬁ", "ligature", "lig")], [a(1, "FI9"), a(2, "ﬁ9")]),
    ([R(" ", "blank", "b")], [a(1, "X"), a(2, "")]),
    ([R("SW1A1AA", "exact", "e")], [a(1, "SW1A 1AA"), a(2, "SW1A 1A"), a(3, "SW1A 1AAX")]),
    ([Plain("SW", "SW area", "amy"), Plain("SW1", "Westminster", "ben")], [a(1, "SW1A"), a(2, "SW2")]),
    ([R("M", "Man", "dev"), R("M1", "Central", "dev"), R("M2", "North", "eve")], [a(i, f"M{i}") for i in range(5)]),
    (tuple(BASE), (a(1, "SW1A"), a(2, "M9"))),
    (BASE, [a(i, "M1 1AE") for i in range(20)]),
    ([R("A", "a", "x"), R("AB", "ab", "y"), R("ABC", "abc", "z"), R("ABCD", "abcd", "x")],
     [a(1, "ABCDE"), a(2, "ABC"), a(3, "ABX"), a(4, "AX"), a(5, "X")]),
    ([R("ABCD", "abcd", "x"), R("A", "a", "x")], [a(1, "ABC"), a(2, "ABCD")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(candidate, reference, *case)


def _random_cases():
    rng = random.Random(4711)
    letters = "ABM"
    for _ in range(130):
        rules = []
        for _ in range(rng.randint(0, 14)):
            prefix = "".join(rng.choice(letters + "12") for _ in range(rng.randint(0, 4)))
            if rng.random() < 0.2:
                prefix = prefix.lower()
            if rng.random() < 0.15 and prefix:
                prefix = prefix[0] + rng.choice(" -\t") + prefix[1:]
            rules.append(R(prefix, f"T{rng.randint(0, 9)}", rng.choice(["ann", "bob", "cy", "dee"])))
        accounts = []
        for _ in range(rng.randint(0, 12)):
            code = "".join(rng.choice(letters + "12 ") for _ in range(rng.randint(0, 6)))
            if rng.random() < 0.3:
                code = code.lower()
            accounts.append(a(rng.randint(0, 8), code))
        yield rules, accounts


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(candidate, reference, *case)


def test_large_plan() -> None:
    rng = random.Random(99)
    areas = ["AB", "B", "BS", "E", "EC", "M", "N", "NW", "S", "SE", "SW", "W"]
    rules = []
    for area in areas:
        rules.append(R(area, area, f"r{rng.randint(0, 9)}"))
        for district in range(1, 15):
            rules.append(R(f"{area}{district}", f"{area}{district}", f"r{rng.randint(0, 9)}"))
            if rng.random() < 0.3:
                rules.append(R(f"{area}{district} {rng.randint(0, 9)}", "sector", f"r{rng.randint(0, 9)}"))
    rng.shuffle(rules)
    accounts = [a(n, f"{rng.choice(areas + ['ZE'])}{rng.randint(1, 20)} {rng.randint(0, 9)}AB") for n in range(400)]
    assert_same(candidate, reference, rules, accounts)
