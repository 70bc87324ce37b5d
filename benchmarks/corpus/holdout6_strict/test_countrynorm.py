"""Strict equivalence tests for resolve_countries (never shown to wattlens)."""

from __future__ import annotations

import random
import unicodedata

import pytest
from strict_support import assert_same
from surveyclean.countries import resolve_countries

TARGET = "surveyclean/countries.py:resolve_countries"

_DROP = set(".,'’`\"()[]")


def normalize_text(text):
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) or char in _DROP:
            continue
        if char in "-_/&":
            char = " "
        kept.append(char.lower())
    return " ".join("".join(kept).split())


ALIASES = [
    ("Germany", "DE"), ("Deutschland", "DE"), ("Federal Republic of Germany", "DE"), ("DE", "DE"),
    ("France", "FR"), ("République française", "FR"), ("FR", "FR"),
    ("United Kingdom", "GB"), ("UK", "GB"), ("U.K.", "GB"), ("Great Britain", "GB"), ("England", "GB"),
    ("Scotland", "GB"), ("Wales", "GB"), ("GB", "GB"),
    ("United States", "US"), ("United States of America", "US"), ("USA", "US"), ("U.S.A.", "US"),
    ("US", "US"), ("America", "US"),
    ("Netherlands", "NL"), ("The Netherlands", "NL"), ("Holland", "NL"), ("Nederland", "NL"),
    ("Spain", "ES"), ("España", "ES"), ("Italy", "IT"), ("Italia", "IT"),
    ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"), ("Türkiye", "TR"), ("Turkey", "TR"),
    ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Česko", "CZ"),
    ("Bosnia & Herzegovina", "BA"), ("Bosnia and Herzegovina", "BA"),
    ("São Tomé and Príncipe", "ST"), ("Switzerland", "CH"), ("Schweiz", "CH"), ("Suisse", "CH"),
    ("Österreich", "AT"), ("Austria", "AT"), ("Japan", "JP"), ("Nippon", "JP"), ("日本", "JP"),
    ("South Korea", "KR"), ("Korea, Republic of", "KR"), ("Republic of Korea", "KR"),
    ("New Zealand", "NZ"), ("Aotearoa", "NZ"), ("Brazil", "BR"), ("Brasil", "BR"),
    ("Mexico", "MX"), ("México", "MX"), ("Canada", "CA"), ("India", "IN"), ("Bharat", "IN"),
]


def reference(answers, aliases=ALIASES):
    codes = []
    unknown = []
    for answer in answers:
        key = normalize_text(answer)
        code = None
        for alias, alias_code in aliases:
            if normalize_text(alias) == key:
                code = alias_code
                break
        codes.append(code)
        if code is None and key and key not in unknown:
            unknown.append(key)
    return codes, unknown


ANSWER_CASES = [
    [],
    [""],
    ["", "   ", "\t\n"],
    ["Germany", "germany", "GERMANY", " germany ", "Ger many"],
    ["Côte d’Ivoire", "COTE D'IVOIRE", "cote-divoire", "Cote_d_Ivoire"],
    ["Atlantis", "atlantis", "ATLANTIS", "Atlantis!", "atlantis!"],
    ["日本", "Nippon", "ＵＳＡ", "U S A", "u.s.a"],
    ["ﬁji", "Fiji", "STRASSE", "Straße", "İstanbul", "istanbul"],
    ["Bosnia/Herzegovina", "bosnia and herzegovina", "Bosnia & Herzegovina"],
    ["Korea, Republic of", "korea republic of", "Republic-of-Korea"],
    ["N/A", "n.a.", "-", "...", "()"],
    ["x", "y", "x", "z", "y", "x"],
]


@pytest.mark.parametrize("answers", ANSWER_CASES)
def test_default_aliases(answers) -> None:
    assert_same(resolve_countries, reference, answers)


ALIAS_CASES = [
    ([], ["France", ""]),
    ([("A", "X"), ("a", "Y"), ("a.", "Z")], ["a", "A.", "b"]),
    ([("", "BLANK")], ["", "  ", "..", "x"]),
    ([("N/A", None), ("Nowhere", "")], ["n/a", "N A", "nowhere", "somewhere"]),
    ([("Kernow", "XC"), ("Cornwall", 44)], ["cornwall", "KERNOW"]),
    ([("Holland", "NL"), ("Holland", "HL")], ["holland"]),
    ([("Île-de-France", "FR-IDF")], ["ile de france", "ILE DE FRANCE", "Ile-De-France"]),
]


@pytest.mark.parametrize("aliases, answers", ALIAS_CASES)
def test_custom_aliases(aliases, answers) -> None:
    assert_same(resolve_countries, reference, answers, aliases)


def test_answers_may_be_an_iterator() -> None:
    answers = ["France", "Narnia", "france", "narnia"]
    assert resolve_countries(iter(answers)) == reference(iter(answers))


def test_aliases_may_be_tuples_of_tuples() -> None:
    aliases = (("France", "FR"), ("Gallia", "FR"))
    assert_same(resolve_countries, reference, ["gallia", "Gaul"], aliases)


def test_bad_answer_types() -> None:
    assert_same(resolve_countries, reference, ["France", None])
    assert_same(resolve_countries, reference, ["France", 3])
    assert_same(resolve_countries, reference, [], [("France", "FR"), (None, "XX")])
    assert_same(resolve_countries, reference, ["France"], [("France", "FR"), (None, "XX")])
    assert_same(resolve_countries, reference, ["Spain"], [("France", "FR"), (None, "XX")])


@pytest.mark.parametrize("seed", range(6))
def test_random_exports(seed) -> None:
    rng = random.Random(seed)
    aliases = list(ALIASES) + [(f"Province {n}", f"P{n % 5}") for n in range(rng.randint(0, 60))]
    rng.shuffle(aliases)
    spellings = [alias for alias, _ in aliases] + ["Atlantis", "Utopia", "", "??", "Lilliput"]
    answers = []
    for _ in range(rng.randint(0, 300)):
        text = rng.choice(spellings)
        text = rng.choice([text, text.upper(), text.lower(), f" {text}.", text.replace(" ", "-")])
        answers.append(text)
    assert_same(resolve_countries, reference, answers, aliases)
