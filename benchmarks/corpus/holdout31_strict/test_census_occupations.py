"""Strict equivalence tests for code_occupations (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from census_occupations.coding import Coded, code_occupations
from census_occupations.rules import Rule

TARGET = "census_occupations/coding.py:code_occupations"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(occupations, rules):
    coded = []
    for occupation in occupations:
        best_code, best_keyword = None, None
        for rule in rules:
            for keyword in rule.keywords:
                if re.search(r"\b" + re.escape(keyword) + r"\b", occupation, re.IGNORECASE):
                    if best_keyword is None or len(keyword) > len(best_keyword):
                        best_code, best_keyword = rule.code, keyword
        coded.append(Coded(occupation, best_code, best_keyword))
    return coded


# --- cases -------------------------------------------------------------------------------

RULES = [
    Rule("75220", "cotton weavers", ("cotton weaver", "power loom weaver", "weaver")),
    Rule("71120", "coal miners", ("coal miner", "hewer", "collier")),
    Rule("79100", "tailors", ("tailor", "tailor & draper", "s.o.s.", "(late)", "boot & shoe maker")),
    Rule("99910", "general", ("labourer", "servant", "dealer")),
]
UNICODE_RULES = [
    Rule("57000", "laundry", ("blanchisseuse", "wäscherin", "straße")),
    Rule("62000", "farm", ("bäuerin", "landwirt")),
    Rule("90000", "kelvin", ("k",)),
]

CASES = [
    ([], RULES),
    (["cotton weaver"], []),
    ([], []),
    ([""], RULES),
    (["power loom cotton weaver"], RULES),
    (["cotton weaver", "cotton weaver", "collier"], RULES),
    (("cotton weaver", "coal miner"), RULES),
    (["Retired COTTON Weaver"], RULES),
    (["cottonweaver"], RULES),
    (["cotton  weaver"], RULES),
    (["cotton\nweaver"], RULES),
    (["cotton-weaver"], RULES),
    (["weaving labourer"], RULES),
    (["weavers widow"], RULES),
    (["weavers"], RULES),
    (["coal miner hewer collier"], RULES),
    (["tailor & draper"], RULES),
    (["tailor &draper"], RULES),
    (["s.o.s."], RULES),
    (["s.o.s.x"], RULES),
    (["sos"], RULES),
    (["boot & shoe maker"], RULES),
    (["boot and shoe maker"], RULES),
    (["dealer (late)"], RULES),
    (["dealer(late)x"], RULES),
    (["_labourer_"], RULES),
    (["labourer_2"], RULES),
    (["2labourer"], RULES),
    (["labourer2"], RULES),
    (["labourer."], RULES),
    # ties between keywords of the same length, in rule order and within a rule
    (["hewer miner"], [Rule("A", "a", ("hewer",)), Rule("B", "b", ("miner", "hewer"))]),
    (["miner hewer"], [Rule("A", "a", ("miner",)), Rule("B", "b", ("hewer",))]),
    (["hewer"], [Rule("A", "a", ("hewer",)), Rule("A", "a", ("hewer",))]),
    (["hewer"], [Rule("A", "a", ("hewer", "hewer"))]),
    (["coal hewer"], [Rule("A", "a", ("hewer",)), Rule("B", "b", ("coal hewer",)), Rule("C", "c", ("coal hewer",))]),
    # empty keywords match at any word boundary
    (["porter"], [Rule("E", "empty", ("",))]),
    (["porter"], [Rule("E", "empty", ("",)), Rule("P", "porter", ("porter",))]),
    (["   "], [Rule("E", "empty", ("",))]),
    ([""], [Rule("E", "empty", ("",))]),
    (["!!"], [Rule("E", "empty", ("",))]),
    # keywords with upper case and regex metacharacters
    (["Master Mariner"], [Rule("1", "m", ("MASTER MARINER",))]),
    (["annuitant (fundholder)"], [Rule("1", "a", ("(fundholder)", "fundholder", "annuitant"))]),
    (["a.b labourer"], [Rule("1", "h", ("a.b",)), Rule("2", "x", ("axb",))]),
    (["axb labourer"], [Rule("1", "h", ("a.b",)), Rule("2", "x", ("axb",))]),
    (["income from £ dividends"], [Rule("1", "h", ("£",)), Rule("2", "x", ("from £",))]),
    (["[illegible] weaver"], [Rule("1", "h", ("[illegible]", "illegible"))]),
    (["back\\slash"], [Rule("1", "h", ("back\\slash", "slash"))]),
    (["weaver?"], [Rule("1", "h", ("weaver?", "weaver"))]),
    (["weave"], [Rule("1", "h", ("weaver?",))]),
    # unicode case folding as the re module does it
    (["WÄSCHERIN"], UNICODE_RULES),
    (["wascherin"], UNICODE_RULES),
    (["STRASSE"], UNICODE_RULES),
    (["STRAẞE"], UNICODE_RULES),
    (["Bäuerin und Landwirt"], UNICODE_RULES),
    (["\u212a"], UNICODE_RULES),
    (["K"], UNICODE_RULES),
    (["ķ"], UNICODE_RULES),
    (["İnsaat labourer", "ınsaat labourer"], [Rule("1", "i", ("insaat",)), Rule("9", "g", ("labourer",))]),
    # rules given as lists and tuples, keyword lists
    (["collier"], (Rule("71120", "coal miners", ["collier"]),)),
    # bad inputs
    ([None], RULES),
    ([b"collier"], RULES),
    ([None], []),
    ([None], [Rule("X", "none", ())]),
    ([5], RULES),
    (["collier"], [Rule("X", "bad", (5,))]),
    (["collier"], [Rule("X", "bad", ("collier", None))]),
    (["collier"], [Rule("X", "bad", (b"collier",))]),
    (["collier"], None),
    (None, RULES),
    (["collier"], [("71120", "coal miners", ("collier",))]),
    (["collier"], [Rule("X", "bad", None)]),
    (["collier"], [Rule("X", "bad", "collier")]),
    (["c"], [Rule("X", "chars", "collier")]),
    (["collier"], [Rule(None, "no code", ("collier",))]),
    (["collier"], [Rule(71120, "int code", ("collier",))]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(code_occupations, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(code_occupations, reference, occupations=["coal miner", "tailor & draper"], rules=RULES)
    assert_same(code_occupations, reference, ["coal miner"], rules=RULES)


def _random_cases():
    rng = random.Random(31111)
    words = ["cotton", "wool", "coal", "miner", "weaver", "spinner", "labourer", "agricultural", "farm",
             "servant", "domestic", "boot", "&", "shoe", "maker", "dealer", "retired", "Master", "COAL",
             "Weaver", "weaving", "miners", "blanchisseuse", "wäscherin", "-", "/", "(late)", "s.o.s."]
    for _ in range(240):
        rules = []
        for number in range(rng.choice([0, 1, 3, 8, 20])):
            keywords = tuple(" ".join(rng.choice(words).lower() for _ in range(rng.choice([1, 1, 2, 3])))
                             for _ in range(rng.randint(1, 4)))
            rules.append(Rule(f"{number:05d}", f"rule {number}", keywords))
        occupations = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
                       for _ in range(rng.choice([0, 1, 4, 15]))]
        if occupations and rng.random() < 0.2:
            occupations += rng.choices(occupations, k=2)
        yield (occupations if rng.random() < 0.85 else tuple(occupations), rules)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(code_occupations, reference, *case)


def test_full_rule_book() -> None:
    """Six hundred keywords, more than the re module caches."""
    rng = random.Random(3112)
    trades = [f"trade{number}" for number in range(150)]
    roles = ["weaver", "maker", "labourer", "dealer"]
    rules = [Rule(f"{number:05d}", trade, tuple(f"{trade} {role}" for role in roles))
             for number, trade in enumerate(trades)]
    rules.append(Rule("99910", "general", tuple(roles)))
    occupations = [f"{rng.choice(['retired ', ''])}{rng.choice(trades + ['scholar'])} {rng.choice(roles + ['porter'])}"
                   for _ in range(60)]
    assert_same(code_occupations, reference, occupations, rules)
