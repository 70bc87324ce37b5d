"""Strict equivalence tests for flag_dangerous_goods (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from hazmat_manifest.dglist import DangerousGood
from hazmat_manifest.screen import flag_dangerous_goods

TARGET = "hazmat_manifest/screen.py:flag_dangerous_goods"


# --- verbatim copy of the original implementation ---------------------------------------------

UN_REFERENCE = re.compile(r"\bUN\s?(\d{4})\b", re.IGNORECASE)


def reference(descriptions, entries):
    flags = []
    for description in descriptions:
        names = sorted({entry.name for entry in entries}, key=lambda name: (-len(name), name))
        by_name = {}
        for entry in entries:
            by_name.setdefault(entry.name.lower(), entry)
        found = []
        if names:
            pattern = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE)
            for match in pattern.finditer(description):
                entry = by_name[match.group(0).lower()]
                if entry not in found:
                    found.append(entry)
        numbers = [item.un_number for item in found if isinstance(item, DangerousGood)]
        for match in UN_REFERENCE.finditer(description):
            reference = "UN" + match.group(1)
            if reference not in numbers and reference not in found:
                found.append(reference)
        flags.append(found)
    return flags


# --- cases -------------------------------------------------------------------------------

PAINT = DangerousGood("UN1263", "Paint", "3")
PAINT_RELATED = DangerousGood("UN1263", "Paint related material", "3")
PAINT_CORROSIVE = DangerousGood("UN3066", "Paint", "8")
ACETONE = DangerousGood("UN1090", "Acetone", "3")
LI_ION = DangerousGood("UN3480", "Lithium ion batteries", "9")
LI_EQUIP = DangerousGood("UN3481", "Lithium ion batteries packed with equipment", "9")
NOS = DangerousGood("UN1993", "Flammable liquid, n.o.s.", "3")
WET = DangerousGood("UN2794", "Batteries, wet, filled with acid", "8")
PLUS = DangerousGood("UN9001", "C++ solvent (grade A)", "3")
UPPER = DangerousGood("UN9002", "PAINT", "3")
UMLAUT = DangerousGood("UN1813", "Ätzkali", "8")
BASE = [PAINT, PAINT_RELATED, ACETONE, LI_ION, LI_EQUIP, NOS, WET]

CASES = [
    ([], BASE),
    ([], []),
    ([""], BASE),
    ([""], []),
    (["chairs"], []),
    (["paint UN1263 and un 1090"], []),
    (["20 tins PAINT, 5L"], BASE),
    (["paintbrushes and rollers"], BASE),
    (["Paint related material, paint"], BASE),
    (["paint, paint related material"], BASE),
    (["laptops - lithium ion batteries packed with equipment"], BASE),
    (["lithium ion batteries; lithium ion batteries packed with equipment"], BASE),
    (["acetone, paint and more acetone"], BASE),
    (["acetone", "paint", "acetone"], BASE),
    (("acetone", "nothing"), tuple(BASE)),
    (["solvent blend UN 1993", "paint (UN1263)", "nothing"], BASE),
    (["UN1263 paint"], BASE),
    (["UN1993 and flammable liquid, n.o.s. here"], BASE),
    (["flammable liquid, n.o.s.x"], BASE),
    (["flammable liquid, n.o.s. drums"], BASE),
    (["batteries, wet, filled with acid x4"], BASE),
    (["un12634 UN1234x xUN1234 UN-1234 UN  1234 UN\t1234 un\n1263"], BASE),
    (["UN1234 UN1234 un1234"], BASE),
    (["UN１２３４"], BASE),
    (["paint"], [PAINT, PAINT_CORROSIVE]),
    (["paint"], [PAINT_CORROSIVE, PAINT]),
    (["paint UN3066"], [PAINT, PAINT_CORROSIVE]),
    (["Paint", "PAINT"], [UPPER, PAINT]),
    (["Paint", "PAINT"], [PAINT, UPPER]),
    (["paint"], [PAINT, PAINT]),
    (["c++ solvent (grade a) in drums"], [PLUS, PAINT]),
    (["ÄTZKALI 25kg bags", "ätzkali"], [UMLAUT]),
    (["a b c"], [DangerousGood("UN0001", "a", "1"), DangerousGood("UN0002", "b", "1"), DangerousGood("UN0003", "a b", "1")]),
    (["xx"], [DangerousGood("UN0004", "", "9")]),
    (["xx"], [DangerousGood("UN0004", "", "9"), PAINT]),
    (["paint"], [DangerousGood("UN0005", "paint", "3"), DangerousGood("UN0005", "Paint", "3")]),
    ("paint", BASE),
    (["paint"], [PAINT, "not an entry"]),
    ([], [PAINT, "not an entry"]),
    (["paint"], [DangerousGood("UN0006", None, "3")]),
    ([], [DangerousGood("UN0006", None, "3")]),
    ([None], BASE),
    ([None], []),
    ([b"paint"], BASE),
    ([12], []),
    (None, BASE),
    (["paint"], None),
    ([], None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(flag_dangerous_goods, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(flag_dangerous_goods, reference, descriptions=["paint", "UN1090"], entries=BASE)
    assert_same(flag_dangerous_goods, reference, ["acetone"], entries=[ACETONE])


WORDS = ["chairs", "tins", "drums", "and", "with", "20x1L", "cartons", "spare", "parts", "in", "IBC", "pallets"]
NAMES = ["Paint", "paint", "Paint related material", "Acetone", "Lithium ion batteries",
         "Lithium ion batteries packed with equipment", "Flammable liquid, n.o.s.", "Aerosols",
         "Sodium hydroxide, solid", "Sodium hydroxide", "Hydrochloric acid", "Dry ice", "Fireworks",
         "Batteries, wet, filled with acid", "Matches, safety", "Ethanol", "Ethanol, solution"]


def _random_cases():
    rng = random.Random(30033)
    for _ in range(240):
        entries = []
        for _ in range(rng.randint(0, 10)):
            entries.append(DangerousGood(f"UN{rng.randint(1000, 1020)}", rng.choice(NAMES), rng.choice(["3", "8", "9"])))
        descriptions = []
        for _ in range(rng.randint(0, 6)):
            parts = []
            for _ in range(rng.randint(0, 8)):
                roll = rng.random()
                if roll < 0.5:
                    parts.append(rng.choice(WORDS))
                elif roll < 0.8:
                    name = rng.choice(NAMES)
                    parts.append(rng.choice([name, name.lower(), name.upper()]))
                else:
                    parts.append(rng.choice(["UN", "un", "UN ", "(UN"]) + str(rng.randint(1000, 1020)) + rng.choice(["", ")", ",", "x"]))
            descriptions.append(rng.choice([" ", ", ", "; "]).join(parts))
        yield (descriptions if rng.random() < 0.9 else tuple(descriptions), entries)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(flag_dangerous_goods, reference, *case)
