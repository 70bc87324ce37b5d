"""Strict equivalence tests for link_burials (never shown to wattlens)."""

from __future__ import annotations

import random
import unicodedata
from collections import namedtuple
from types import SimpleNamespace

import pytest
from parishreg.linkage import link_burials
from parishreg.records import Baptism, Burial
from strict_support import assert_same

TARGET = "parishreg/linkage.py:link_burials"


# --- verbatim copy of the original implementation and its helpers ---------------------------

FORENAME_FORMS = {
    "wm": "william", "willm": "william", "will": "william", "gulielmus": "william", "guilielmus": "william",
    "jno": "john", "joh": "john", "johannes": "john", "johes": "john",
    "thos": "thomas", "tho": "thomas", "thomas": "thomas",
    "richd": "richard", "ricd": "richard", "ricardus": "richard",
    "jas": "james", "jacobus": "james",
    "geo": "george", "georgius": "george",
    "chas": "charles", "carolus": "charles",
    "saml": "samuel", "samuell": "samuel",
    "eliz": "elizabeth", "elizth": "elizabeth", "elizabetha": "elizabeth", "eliza": "elizabeth",
    "hy": "henry", "henricus": "henry",
    "robt": "robert", "robertus": "robert",
    "edw": "edward", "edwd": "edward", "edwardus": "edward",
    "benj": "benjamin", "benjn": "benjamin",
    "jos": "joseph", "josephus": "joseph",
    "margt": "margaret", "margareta": "margaret",
    "maria": "mary", "anna": "ann", "anne": "ann",
    "susan": "susanna", "susannah": "susanna",
}

SURNAME_SPELLINGS = (
    ("ph", "f"),
    ("ck", "k"),
    ("gh", ""),
    ("y", "i"),
    ("ea", "e"),
    ("ee", "e"),
    ("oo", "o"),
    ("ou", "o"),
    ("mac", "mc"),
    ("z", "s"),
)


def _letters(name):
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if ch.isalpha() and not unicodedata.combining(ch)).lower()


def normalise_forename(name):
    key = _letters(name)
    return FORENAME_FORMS.get(key, key)


def normalise_surname(name):
    key = _letters(name)
    for old, new in SURNAME_SPELLINGS:
        key = key.replace(old, new)
    collapsed = "".join(ch for i, ch in enumerate(key) if i == 0 or ch != key[i - 1])
    if len(collapsed) > 3 and collapsed.endswith("e"):
        collapsed = collapsed[:-1]
    return collapsed


def reference(baptisms, burials, tolerance=2):
    links = []
    for burial in burials:
        forename = normalise_forename(burial.forename)
        surname = normalise_surname(burial.surname)
        scored = []
        for baptism in baptisms:
            if normalise_surname(baptism.surname) != surname:
                continue
            if normalise_forename(baptism.forename) != forename:
                continue
            if baptism.year > burial.year:
                continue
            if burial.age is None:
                gap = 0
            else:
                gap = abs(burial.year - burial.age - baptism.year)
                if gap > tolerance:
                    continue
            scored.append((gap, baptism.entry_id))
        scored.sort(key=lambda item: item[0])
        links.append((burial.entry_id, [entry_id for _, entry_id in scored]))
    return links


# --- cases -------------------------------------------------------------------------------

B, D = Baptism, Burial
Row = namedtuple("Row", "entry_id year forename surname father")
DeathRow = namedtuple("DeathRow", "entry_id year forename surname age")

SMITHS = [
    B("B1", 1738, "Wm", "Smyth"),
    B("B2", 1741, "William", "Smith"),
    B("B3", 1740, "Gulielmus", "Smithe"),
    B("B4", 1795, "William", "Smith"),
    B("B5", 1741, "John", "Smith"),
    B("B6", 1742, "Willm", "SMITH"),
    B("B7", 1739, "Wm.", "Smith "),
]
MIXED = [
    B("M1", 1750, "Maria", "Cooke"),
    B("M2", 1751, "Mary", "Cook"),
    B("M3", 1752, "Anne", "Phillips"),
    B("M4", 1752, "Ann", "Philips"),
    B("M5", 1753, "Anna", "Phelps"),
    B("M6", 1760, "Zoë", "Ångström"),
    B("M7", 1760, "Zoe", "Angstrom"),
    B("M8", 1761, "Jno", "MacDonald"),
    B("M9", 1761, "John", "Mcdonald"),
    B("M10", 1770, "Eliz", "O'Neill"),
    B("M11", 1770, "Elizabeth", "Oneil"),
    B("M12", 1771, "", ""),
    B("M13", 1771, "[illegible]", "Pettit"),
    B("M14", 1772, "Thos", "Brown-Smith"),
    B("M15", 1772, "Thomas", "Brownsmith"),
    B("M16", 1773, "Ｊｏｈｎ", "Ｓｍｉｔｈ"),
]

CASES = [
    ([], []),
    ((), ()),
    (SMITHS, []),
    ([], [D("D1", 1790, "Wm", "Smith", 49)]),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)]),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], 0),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], 1),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], 100),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], -1),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], 1.5),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], True),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], False),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], None),
    (SMITHS, [D("D1", 1790, "Willm", "Jones", 49)], None),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", None)], None),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], float("inf")),
    (SMITHS, [D("D1", 1790, "Willm", "Smith", 49)], 10 ** 30),
    (SMITHS, [D("D2", 1760, "Wm", "Smith")]),
    (SMITHS, [D("D2", 1760, "Wm", "Smith", None)]),
    (SMITHS, [D("D2", 1741, "Wm", "Smith")]),
    (SMITHS, [D("D2", 1740, "Wm", "Smith", 0)]),
    (SMITHS, [D("D2", 1741, "Wm", "Smith", 0)], 0),
    (SMITHS, [D("D2", 1737, "Wm", "Smith")]),
    (SMITHS, [D("D3", 1800, "William", "Smith", 59)]),
    (SMITHS, [D("D3", 1800, "William", "Smith", 59.5)]),
    (SMITHS, [D("D3", 1800, "William", "Smith", 59.0)], 1),
    (SMITHS, [D("D3", 1800, "William", "Smith", True)], 100),
    (SMITHS, [D("D3", 1800, "William", "Smith", False)], 100),
    (SMITHS, [D("D3", 1800, "William", "Smith", -5)], 100),
    (SMITHS, [D("D3", 1800, "William", "Smith", 2000)], 10 ** 6),
    (SMITHS, [D("D3", 1800.0, "William", "Smith", 60)]),
    (SMITHS, [D("D3", 1800.5, "William", "Smith", None)]),
    (SMITHS, [D("D3", 1741, "William", "Smith", 0)], 3),
    (SMITHS, [D("D4", 1790, "John", "Smyth", 49), D("D5", 1790, "Jno", "Smithe", 48)]),
    (SMITHS, [D("D4", 1790, "John", "Smyth", 49)] * 3),
    (SMITHS + SMITHS, [D("D1", 1790, "Wm", "Smith", 50)]),
    (SMITHS[::-1], [D("D1", 1790, "Wm", "Smith", 50)], 3),
    (tuple(SMITHS), (D("D1", 1790, "Wm", "Smith", 50),), 3),
    (SMITHS, [D("D1", 1790, "Wm", "Smith", 50), D("D1", 1790, "Wm", "Smith", 50)]),
    (MIXED, [D("X1", 1800, "Mary", "Cook", 49)]),
    (MIXED, [D("X1", 1800, "Mary", "Cook", 50)], 0),
    (MIXED, [D("X1", 1800, "Maria", "Cooke")]),
    (MIXED, [D("X2", 1800, "Ann", "Phillipps", 48)]),
    (MIXED, [D("X2", 1800, "Anne", "Phelps")]),
    (MIXED, [D("X3", 1800, "Zoe", "Angstrom", 40)]),
    (MIXED, [D("X3", 1800, "ZOË", "ÅNGSTRÖM", 40)]),
    (MIXED, [D("X4", 1800, "John", "Macdonald", 39)]),
    (MIXED, [D("X5", 1800, "Elizabeth", "ONeill")]),
    (MIXED, [D("X6", 1800, "", "")]),
    (MIXED, [D("X6", 1800, " ", "  ")]),
    (MIXED, [D("X7", 1800, "illegible", "Petit")]),
    (MIXED, [D("X8", 1800, "Thomas", "Brown Smith", 28)]),
    (MIXED, [D("X9", 1800, "John", "Smith", 27)]),
    (MIXED, [D("X10", 1800, "John\n", "Smith\t", None)]),
    (MIXED, [D("X11", 1800, "Ĳohn", "Smith")]),
    (MIXED + SMITHS, [D(f"Y{i}", 1795 + i, name, "Smith", 55) for i, name in enumerate(["Wm", "John", "Thomas", "x"])]),
    ([B("E1", 1750, "Wm", "Smith", "Jno Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1750, "Wm", "Smith"), B("E1", 1750, "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1750, "Wm", "Smith"), B("E2", 1751, "Wm", "Smith"), B("E3", 1749, "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E3", 1749, "Wm", "Smith"), B("E2", 1751, "Wm", "Smith"), B("E1", 1750, "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1752, "Wm", "Smith"), B("E2", 1748, "Wm", "Smith"), B("E3", 1750, "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1750.0, "Wm", "Smith"), B("E2", 1750, "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", 40.0)]),
    ([B(1, 1750, "Wm", "Smith"), B(None, 1750, "Wm", "Smith")], [D(("F", 1), 1790, "Wm", "Smith", 40)]),
    ([B("E1", True, "Wm", "Smith")], [D("F1", 1, "Wm", "Smith", 0)]),
    ([B("E1", -50, "Wm", "Smith")], [D("F1", 0, "Wm", "Smith", 50)]),
    ([B("E1", 10 ** 20, "Wm", "Smith")], [D("F1", 10 ** 20 + 40, "Wm", "Smith", 40)]),
    ([B("E1", 1750, None, "Smith")], []),
    ([B("E1", 1750, None, "Smith")], [D("F1", 1790, "Wm", "Jones", 40)]),
    ([B("E1", 1750, None, "Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1750, "Wm", None)], []),
    ([B("E1", 1750, "Wm", None)], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1750, "Wm", 12)], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1750, "Wm", b"Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", None, "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", None, "Wm", "Smith")], [D("F1", 1790, "John", "Smith", 40)]),
    ([B("E1", "1750", "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1750, "Wm", "Smith")], [D("F1", None, "Wm", "Smith", 40)]),
    ([B("E1", 1750, "Wm", "Smith")], [D("F1", "1790", "Wm", "Smith", None)]),
    ([B("E1", 1750, "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", "40")]),
    ([B("E1", 1750, "Wm", "Smith")], [D("F1", 1790, None, "Smith", 40)]),
    ([B("E1", 1750, "Wm", "Smith")], [D("F1", 1790, "Wm", None, 40)]),
    ([B("E1", 1750, "Wm", "Smith")], [D("F1", 1790, "Wm", "Smith", 40), None]),
    ([B("E1", 1750, "Wm", "Smith"), None], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([None], []),
    (None, []),
    (None, [D("F1", 1790, "Wm", "Smith", 40)]),
    ([B("E1", 1750, "Wm", "Smith")], None),
    ([B("E1", 1750, "Wm", "Smith")], "D1"),
    ([Row("R1", 1750, "Wm", "Smith", "")], [DeathRow("S1", 1790, "William", "Smyth", 40)]),
    ([Row("R1", 1750, "Wm", "Smith", ""), B("R2", 1751, "Wm", "Smith")], [DeathRow("S1", 1790, "William", "Smyth", 40)]),
    ([SimpleNamespace(entry_id="N1", year=1750, forename="Wm", surname="Smith")],
     [SimpleNamespace(entry_id="S1", year=1790, forename="Wm", surname="Smith", age=39)]),
    ([SimpleNamespace(entry_id="N1", year=1750, forename="Wm")],
     [SimpleNamespace(entry_id="S1", year=1790, forename="Wm", surname="Smith", age=39)]),
    ([SimpleNamespace(entry_id="N1", year=1750, forename="Wm")],
     [SimpleNamespace(entry_id="S1", year=1790, forename="Wm", surname="Smith")]),
    ([{"entry_id": "E1", "year": 1750, "forename": "Wm", "surname": "Smith"}], [D("F1", 1790, "Wm", "Smith", 40)]),
    ([{"entry_id": "E1"}], []),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(link_burials, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(link_burials, reference, burials=[D("D1", 1790, "Wm", "Smith", 49)], baptisms=SMITHS, tolerance=5)
    assert_same(link_burials, reference, SMITHS, burials=[D("D1", 1790, "Wm", "Smith", 49)])


SURNAMES = [["Smith", "Smyth", "Smithe"], ["Cook", "Cooke"], ["Phillips", "Philips"], ["Ward", "Warde"],
            ["Nunn", "Nun"], ["Ångström", "Angstrom"], ["MacKay", "Mackay"], ["Bird", "Byrd"]]
FORENAMES = [["William", "Wm", "Gulielmus"], ["John", "Jno"], ["Mary", "Maria"], ["Ann", "Anne", "Anna"],
             ["Zoë", "Zoe"], ["Hannah"]]


def _random_cases():
    rng = random.Random(1741)
    for _ in range(260):
        baptisms = [B(f"B{i}", rng.randint(1700, 1760), rng.choice(rng.choice(FORENAMES[:rng.randint(1, 6)])),
                      rng.choice(rng.choice(SURNAMES[:rng.randint(1, 8)])))
                    for i in range(rng.randint(0, 25))]
        burials = []
        for j in range(rng.randint(0, 8)):
            age = rng.choice([None, rng.randint(0, 80), rng.randint(0, 80), rng.randint(30, 60)])
            if baptisms and rng.random() < 0.6:
                person = rng.choice(baptisms)
                year = person.year + (age if age is not None else rng.randint(0, 80)) + rng.randint(-3, 3)
                forename = next((f for f in rng.choice([FORENAMES, FORENAMES[:1]]) if person.forename in f), ["Wm"])
                surname = next((s for s in SURNAMES if person.surname in s), ["Smith"])
                burials.append(D(f"D{j}", year, rng.choice(forename), rng.choice(surname), age))
            else:
                burials.append(D(f"D{j}", rng.randint(1700, 1840), rng.choice(rng.choice(FORENAMES[:3])),
                                 rng.choice(rng.choice(SURNAMES[:4])), age))
        if baptisms and rng.random() < 0.2:
            baptisms += rng.sample(baptisms, rng.randint(1, len(baptisms)))
        if rng.random() < 0.2:
            baptisms = tuple(baptisms)
        tolerance = rng.choice([0, 1, 2, 2, 2, 3, 5, 10])
        yield (baptisms, burials, tolerance) if rng.random() < 0.7 else (baptisms, burials)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(link_burials, reference, *case)


def test_whole_register() -> None:
    rng = random.Random(1800)
    surnames = SURNAMES + [["Goodchild"], ["Catchpole"], ["Howlett", "Howlet"], ["Osborne", "Osborn"]]
    baptisms = [B(f"B{i:04d}", rng.randint(1700, 1799), rng.choice(rng.choice(FORENAMES)), rng.choice(rng.choice(surnames)))
                for i in range(400)]
    burials = [D(f"D{i:04d}", rng.randint(1720, 1819), rng.choice(rng.choice(FORENAMES)), rng.choice(rng.choice(surnames)),
                 rng.choice([None, rng.randint(0, 90)])) for i in range(150)]
    assert_same(link_burials, reference, baptisms, burials)
    assert_same(link_burials, reference, baptisms, burials, 0)
