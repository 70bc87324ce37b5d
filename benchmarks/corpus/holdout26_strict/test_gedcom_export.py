"""Strict equivalence tests for export_gedcom (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
from gedcom.export import export_gedcom
from gedcom.people import Family, Person
from strict_support import assert_same

TARGET = "gedcom/export.py:export_gedcom"


# --- verbatim copy of the original implementation and its helpers -----------------------------

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
MAX_VALUE = 200


def _ref_gedcom_date(value):
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


class _RefGedcomWriter:
    def __init__(self):
        self.text = ""

    def line(self, level, tag, value="", xref=None):
        prefix = f"{level} @{xref}@ {tag}" if xref else f"{level} {tag}"
        pieces = value.replace("\r\n", "\n").split("\n")
        for number, piece in enumerate(pieces):
            chunks = [piece[start:start + MAX_VALUE] for start in range(0, len(piece), MAX_VALUE)] or [""]
            for index, chunk in enumerate(chunks):
                if number == 0 and index == 0:
                    head = prefix
                elif index == 0:
                    head = f"{level + 1} CONT"
                else:
                    head = f"{level + 1} CONC"
                self.text += f"{head} {chunk}\r\n" if chunk else f"{head}\r\n"


def reference(people, families, submitter="Family Tree App"):
    known = {person.xref for person in people}
    if len(known) != len(people) or len({family.xref for family in families}) != len(families):
        raise ValueError("duplicate xref")
    spouse_in = {}
    child_in = {}
    for family in families:
        for member in [family.husband, family.wife, *family.children]:
            if member is not None and member not in known:
                raise ValueError(f"family {family.xref} names unknown person {member}")
        for spouse in dict.fromkeys(member for member in (family.husband, family.wife) if member is not None):
            spouse_in.setdefault(spouse, []).append(family.xref)
        for child in dict.fromkeys(family.children):
            child_in.setdefault(child, []).append(family.xref)
    out = _RefGedcomWriter()
    out.line(0, "HEAD")
    out.line(1, "SOUR", "FAMTREE")
    out.line(2, "NAME", submitter)
    out.line(1, "GEDC")
    out.line(2, "VERS", "5.5.1")
    out.line(2, "FORM", "LINEAGE-LINKED")
    out.line(1, "CHAR", "UTF-8")
    out.line(1, "SUBM", "@SUB1@")
    out.line(0, "SUBM", xref="SUB1")
    out.line(1, "NAME", submitter)
    for person in people:
        out.line(0, "INDI", xref=person.xref)
        out.line(1, "NAME", f"{person.given} /{person.surname}/".strip())
        out.line(2, "GIVN", person.given)
        out.line(2, "SURN", person.surname)
        out.line(1, "SEX", person.sex)
        if person.born or person.birthplace:
            out.line(1, "BIRT")
            if person.born:
                out.line(2, "DATE", _ref_gedcom_date(person.born))
            if person.birthplace:
                out.line(2, "PLAC", person.birthplace)
        if person.died:
            out.line(1, "DEAT")
            out.line(2, "DATE", _ref_gedcom_date(person.died))
        for family_xref in spouse_in.get(person.xref, []):
            out.line(1, "FAMS", f"@{family_xref}@")
        for family_xref in child_in.get(person.xref, []):
            out.line(1, "FAMC", f"@{family_xref}@")
        if person.notes:
            out.line(1, "NOTE", person.notes)
    for family in families:
        out.line(0, "FAM", xref=family.xref)
        if family.husband is not None:
            out.line(1, "HUSB", f"@{family.husband}@")
        if family.wife is not None:
            out.line(1, "WIFE", f"@{family.wife}@")
        for child in family.children:
            out.line(1, "CHIL", f"@{child}@")
        if family.married:
            out.line(1, "MARR")
            out.line(2, "DATE", _ref_gedcom_date(family.married))
    out.line(0, "TRLR")
    return out.text


# --- cases -------------------------------------------------------------------------------

D = date
JOHN = Person("I1", "John", "Ashworth", "M", D(1820, 5, 1), "Halifax, Yorkshire", D(1881, 12, 31))
MARY = Person("I2", "Mary", "Baines", "F")
ZOE = Person("I3", "Zoë", "Ashworth", "F", None, "", None, "baptised at St John's")
SMALL = ([JOHN, MARY, ZOE], [Family("F1", "I1", "I2", ["I3"], D(1845, 6, 2))])


def note_person(notes, xref="N1"):
    return Person(xref, "Note", "Taker", "U", None, "", None, notes)


NOTES = [
    "x" * 199, "x" * 200, "x" * 201, "x" * 400, "x" * 401, "y" * 1000,
    "line one\nline two", "line one\r\nline two", "a\n\nb", "\n", "\r\n", "\n\n\n", "ends with newline\n",
    "lone\rcarriage", "trailing spaces   ", "   leading", "\t tab \t", "é" * 250, "😀" * 210, "e\u0301" * 150,
    ("word " * 80) + "\n" + ("mot " * 60), "x" * 200 + "\n" + "y" * 200 + "\n", "\u2028separator\u2029", "\x00nul",
]

CASES = [
    ([], []),
    ((), ()),
    ([], [], ""),
    ([], [], "Crossley One-Name Study"),
    ([], [], "Ærø Slægt — 家谱"),
    ([], [], "two\nlines"),
    ([], [], "S" * 450),
    ([], [], None),
    ([], [], 5),
    SMALL,
    (*SMALL, "Submitter"),
    (tuple(SMALL[0]), tuple(SMALL[1])),
    (list(reversed(SMALL[0])), SMALL[1]),
    (SMALL[0], []),
    ([JOHN], []),
    ([MARY], []),
    ([ZOE], []),
    ([Person("I1", "", "")], []),
    ([Person("I1", "Only", "")], []),
    ([Person("I1", "", "Surname")], []),
    ([Person("I1", " spaced ", " name ")], []),
    ([Person("I1", "A", "B", "")], []),
    ([Person("I1", "A", "B", "X")], []),
    ([Person("I1", "A", "B", "M", None, "Place only")], []),
    ([Person("I1", "A", "B", "M", D(1, 1, 1))], []),
    ([Person("I1", "A", "B", "M", D(9999, 12, 31), "", D(9999, 12, 31))], []),
    ([Person("I1", "A", "B", "M", datetime(1900, 2, 28, 13, 5))], []),
    ([Person("I1", "A", "B", "M", None, "", D(1950, 7, 4))], []),
    ([Person("I1", "A", "B", "M", "1900")], []),
    ([Person("I1", "A", "B", "M", None, "", "1950")], []),
    ([Person("I1", "A", "B", "M", None, "Place\nsecond line")], []),
    ([Person("I1", "A", "B", "M", None, "P" * 230)], []),
    ([Person("I1", "Given\nName", "B")], []),
    ([Person("I1", "A", "B", "M", None, "", None, 0)], []),
    ([Person("I1", "A", "B", "M", None, "", None, 5)], []),
    ([Person("I1", "A", "B", "M", None, "", None, None)], []),
    ([Person("I1", None, "B")], []),
    ([Person("", "Empty", "Xref")], []),
    ([Person("", "Empty", "Xref")], [Family("", "", None)]),
    ([Person(7, "Int", "Xref")], [Family(8, 7, None, [])]),
    ([Person(7, "Int", "Xref")], [Family(8, "7", None, [])]),
    ([Person(("I", 1), "Tuple", "Xref")], []),
    ([Person(["I1"], "List", "Xref")], []),
    ([Person("I1", "A", "B"), Person("I1", "C", "D")], []),
    ([Person("I1", "A", "B")], [Family("F1"), Family("F1")]),
    ([Person("I1", "A", "B")], [Family("F1", "I1", "I9")]),
    ([Person("I1", "A", "B")], [Family("F1", None, None, ["I1", "I2"])]),
    ([Person("I1", "A", "B")], [Family("F1"), Family("F2", "I9")]),
    ([Person("I1", "A", "B")], [Family("F1", "I9"), Family("F1")]),
    ([Person("I1", "A", "B")], [Family("F1")]),
    ([Person("I1", "A", "B")], [Family("F1", "I1", "I1", ["I1", "I1"])]),
    ([Person("I1", "A", "B"), Person("I2", "C", "D"), Person("I3", "E", "F")],
     [Family("F1", "I1", "I2", ["I3"]), Family("F2", "I1", None, ["I3"]), Family("F3", None, "I2", ("I3",))]),
    ([Person("I1", "A", "B"), Person("I2", "C", "D")], [Family("F2", "I1", "I2"), Family("F1", "I2", "I1")]),
    ([Person("I1", "A", "B")], [Family("F1", "I1", None, [], D(1900, 1, 1)), Family("F2", None, "I1", [], datetime(1901, 2, 2))]),
    ([Person("I1", "A", "B")], [Family("F1", "I1", None, [], "1900")]),
    ([Person("I1", "A", "B")], [Family("F1", "I1", None, "I1")]),
    ([SimpleNamespace(xref="S1", given="Look", surname="Alike", sex="F", born=D(1900, 1, 1), birthplace="", died=None, notes="")],
     [SimpleNamespace(xref="F1", husband=None, wife="S1", children=[], married=None)]),
    ([SimpleNamespace(xref="S1", given="Missing")], []),
    ([None], []),
    (None, []),
    ([], None),
    ([], [None]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(export_gedcom, reference, *case)


@pytest.mark.parametrize("notes", NOTES)
def test_notes(notes) -> None:
    assert_same(export_gedcom, reference, [note_person(notes)], [])
    assert_same(export_gedcom, reference, [], [], notes)


def test_keyword_arguments() -> None:
    assert_same(export_gedcom, reference, families=SMALL[1], people=SMALL[0], submitter="Kw")
    assert_same(export_gedcom, reference, SMALL[0], families=SMALL[1])


def _random_cases():
    rng = random.Random(1538)
    words = ["weaver", "mill", "Crossley", "baptised", "émigré", "lodger", "\n", "\r\n", "", "x" * 37, "ø", "1841", "  "]
    for _ in range(200):
        people = []
        for number in range(rng.randint(0, 8)):
            notes = "".join(rng.choice(words) + rng.choice([" ", ""]) for _ in range(rng.choice([0, 0, 3, 10, 30, 60])))
            born = D(1800, 1, 1) + timedelta(days=rng.randint(0, 60000)) if rng.random() < 0.7 else None
            died = D(1900, 1, 1) + timedelta(days=rng.randint(0, 30000)) if rng.random() < 0.4 else None
            people.append(Person(f"I{number + 1}", rng.choice(["John", "Zoë", "", "Seán"]), rng.choice(["Ashworth", "Ó Briain", ""]),
                                 rng.choice("MFU"), born, rng.choice(["", "Halifax", "Kraków, Poland"]), died, notes))
        xrefs = [p.xref for p in people]
        families = []
        for number in range(rng.randint(0, 4)):
            pick = lambda: rng.choice(xrefs + [None]) if xrefs else None  # noqa: E731
            children = [rng.choice(xrefs) for _ in range(rng.randint(0, 3))] if xrefs else []
            families.append(Family(f"F{number + 1}", pick(), pick(), children,
                                   D(1820, 1, 1) + timedelta(days=rng.randint(0, 40000)) if rng.random() < 0.5 else None))
        if rng.random() < 0.04 and families:
            families[-1].children.append("I99")
        if rng.random() < 0.03 and people:
            people.append(people[0])
        yield (people, families) if rng.random() < 0.7 else (people, families, rng.choice(["Study", "é" * 205, "a\nb"]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(export_gedcom, reference, *case)


def test_one_name_study() -> None:
    """A realistic tree: 120 couples over several generations, about a third of people with research notes."""
    rng = random.Random(1837)
    words = "census lodger weaver mill apprentice baptised witness emigrated parish register transcription".split()
    people, families = [], []
    for number in range(120):
        husband = Person(f"I{len(people) + 1}", "William", "Crossley", "M", D(1760, 1, 1) + timedelta(days=rng.randint(0, 60000)),
                         "Halifax, Yorkshire, England")
        wife = Person(f"I{len(people) + 2}", "Małgorzata", "Nørgaard", "F", None, "Kraków, Poland", None,
                      "\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(5, 80))) for _ in range(rng.randint(1, 3))))
        people += [husband, wife]
        family = Family(f"F{number + 1}", husband.xref, wife.xref, [], D(1790, 6, 1) + timedelta(days=rng.randint(0, 60000)))
        for _ in range(rng.randint(0, 4)):
            child = Person(f"I{len(people) + 1}", "Zoë", "Crossley", rng.choice("MF"))
            people.append(child)
            family.children.append(child.xref)
        families.append(family)
    assert_same(export_gedcom, reference, people, families, "Crossley One-Name Study")
