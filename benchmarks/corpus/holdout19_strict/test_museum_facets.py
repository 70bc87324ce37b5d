"""Strict equivalence tests for build_facets (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
import re

import pytest
from facetindex.catalogue import ObjectRecord
from facetindex.facets import FacetValue, build_facets
from strict_support import assert_same

TARGET = "facetindex/facets.py:build_facets"


# --- verbatim copy of the original implementation and its helpers -------------------------

YEAR = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
CENTURY = re.compile(r"(\d{1,2})(?:st|nd|rd|th) century", re.IGNORECASE)


def ordinal(number):
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def century_label(date_made):
    match = CENTURY.search(date_made)
    if match:
        return f"{ordinal(int(match.group(1)))} century"
    match = YEAR.search(date_made)
    if match:
        return f"{ordinal((int(match.group(1)) - 1) // 100 + 1)} century"
    return None


def clean_term(term):
    return " ".join(term.split())


def record_terms(record, facet):
    if facet == "maker":
        return [clean_term(maker) for maker in record.makers]
    if facet == "material":
        return [clean_term(material) for material in record.materials]
    if facet == "department":
        return [clean_term(record.department)]
    if facet == "century":
        label = century_label(record.date_made)
        return [label] if label else []
    raise ValueError(f"unknown facet {facet!r}")


def reference(records, facets=("maker", "material", "department", "century"), min_count=1):
    index = {}
    for facet in facets:
        keys = []
        values = []
        for record in records:
            for term in record_terms(record, facet):
                if not term:
                    continue
                key = term.casefold()
                if key not in keys:
                    keys.append(key)
                    values.append(FacetValue(term))
                value = values[keys.index(key)]
                if record.object_number not in value.objects:
                    value.objects.append(record.object_number)
                    value.count += 1
        kept = [value for value in values if value.count >= min_count]
        index[facet] = sorted(kept, key=lambda value: (-value.count, value.label.casefold()))
    return index


# --- cases -------------------------------------------------------------------------------

def rec(number, department="Ceramics", makers=(), materials=(), date_made="", title="Object"):
    return ObjectRecord(number, title, department, list(makers), list(materials), date_made)


BASIC = [
    rec("1901.1", "Ceramics", ["Josiah Wedgwood"], ["stoneware"], "c. 1775"),
    rec("1901.2", "Ceramics", ["JOSIAH  WEDGWOOD", "Thomas Bentley"], ["jasperware", "stoneware"], "1780-1790"),
    rec("1950.7", "Furniture", ["Thomas Chippendale"], ["mahogany"], "mid 18th century"),
    rec("1950.8", "Prints", [], ["paper"], "undated"),
    rec("1950.9", "prints", ["thomas bentley"], ["Paper", "ink"], "1801"),
]
DATES = ["c. 1850", "1900", "1901", "2000", "2001", "999", "0999", "1000", "12345", "c. 850", "000", "0100", "100",
         "1st century", "2nd century", "3rd Century", "11th century", "12TH CENTURY", "21st century", "10th-11th century",
         "1850s", "1850-1870", "1870-1850", "undated", "", "circa 19th century 1700", "AD 79", "year 1066 or 1067",
         "1066AD", "１８５０", "c.1850", "18th-century"]

CASES = [
    ([],),
    ((),),
    ([], ()),
    ([], []),
    ([], ("colour",)),
    ([], ["maker"], None),
    (BASIC,),
    (tuple(BASIC),),
    (BASIC[::-1],),
    (BASIC, ("maker",)),
    (BASIC, ["department", "department"]),
    (BASIC, ("century", "maker")),
    (BASIC, ()),
    (BASIC, ("maker", "material", "department", "century"), 2),
    (BASIC, ("maker", "material", "department", "century"), 0),
    (BASIC, ("maker", "material", "department", "century"), -5),
    (BASIC, ("maker", "material", "department", "century"), 3),
    (BASIC, ("maker", "material", "department", "century"), 99),
    (BASIC, ("maker", "material", "department", "century"), 1.5),
    (BASIC, ("maker", "material", "department", "century"), True),
    ([rec(f"D{n}", "Dept", [], [], date) for n, date in enumerate(DATES)], ("century",)),
    ([rec(f"D{n}", "Dept", [], [], date) for n, date in enumerate(DATES)], ("century",), 2),
    # case folding and whitespace
    ([rec("1", makers=["straße"]), rec("2", makers=["STRASSE"]), rec("3", makers=["Strasse"])], ("maker",)),
    ([rec("1", makers=["İznik"]), rec("2", makers=["i̇znik"]), rec("3", makers=["IZNIK"])], ("maker",)),
    ([rec("1", makers=["Ǆ Ligature"]), rec("2", makers=["ǆ ligature"]), rec("3", makers=["ǅ LIGATURE"])], ("maker",)),
    ([rec("1", makers=["  a  b  "]), rec("2", makers=["a\tb"]), rec("3", makers=["a\u00a0b"]), rec("4", makers=["a\u2003b\n"])],
     ("maker",)),
    ([rec("1", makers=["", "   ", "\n"], materials=[""], department=" ")],),
    ([rec("1", department="")], ("department",)),
    ([rec("1", makers=["Zeta"]), rec("2", makers=["alpha"]), rec("3", makers=["Beta"]), rec("4", makers=["éclair"]),
      rec("5", makers=["Eclair"]), rec("6", makers=["_x"]), rec("7", makers=["10"]), rec("8", makers=["9"])], ("maker",)),
    # duplicate objects, records, and terms within a record
    (BASIC + BASIC,),
    (BASIC + [copy.deepcopy(BASIC[0])],),
    ([rec("1", makers=["A", "a", "A "]), rec("1", makers=["a"]), rec("2", makers=["A"])], ("maker",)),
    ([rec("1", materials=["oak", "Oak", "OAK"])], ("material",)),
    ([rec(None, makers=["A"]), rec(None, makers=["A"]), rec("None", makers=["A"])], ("maker",)),
    ([rec(1, makers=["A"]), rec(1.0, makers=["A"]), rec(True, makers=["A"]), rec("1", makers=["A"])], ("maker",)),
    # terms given as strings rather than lists
    ([ObjectRecord("1", "t", "Dept", "Wedgwood", "oak", "1800")], ("maker", "material")),
    # invalid input
    (BASIC, ("colour",)),
    (BASIC, "maker"),
    (BASIC, None),
    (BASIC, ("maker",), None),
    (BASIC, ("maker",), "2"),
    ([rec("1", makers=["A"])], ("department",), None),
    ([ObjectRecord("1", "t", "Dept", None, [], "")], ("maker",)),
    ([ObjectRecord("1", "t", "Dept", None, [], "")], ("material",)),
    ([ObjectRecord("1", "t", None, [], [], "")],),
    ([ObjectRecord("1", "t", "D", [], [], None)], ("century",)),
    ([ObjectRecord("1", "t", "D", [], [], None)], ("maker",)),
    ([ObjectRecord("1", "t", "D", [None], [], "")], ("maker",)),
    ([ObjectRecord("1", "t", "D", [1850], [], "")], ("maker",)),
    ([rec("1", makers=["A"]), None],),
    (None,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(build_facets, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(build_facets, reference, min_count=2, facets=["material", "maker"], records=BASIC)


def test_records_are_not_modified() -> None:
    records = copy.deepcopy(BASIC)
    build_facets(records, min_count=2)
    assert records == BASIC


def _random_cases():
    rng = random.Random(1753)
    makers = ["Josiah Wedgwood", "josiah wedgwood", "JOSIAH  WEDGWOOD", "Paul Storr", "paul storr ", "Hester Bateman",
              "Émile Gallé", "EMILE GALLE", "émile gallé", "René Lalique", "Anon.", "", " "]
    materials = ["oak", "Oak", "walnut", "silver", "SILVER", "silver-gilt", "glass", "paste", "ß", "SS"]
    departments = ["Ceramics", "ceramics", "Metalwork", "Glass", "Textiles", "Furniture"]
    facet_sets = [("maker", "material", "department", "century"), ("maker",), ("century", "department"),
                  ["material", "maker"], ("department",)]
    for index in range(175):
        records = []
        for number in range(rng.randint(0, 30)):
            object_number = f"{rng.randint(1850, 2020)}.{rng.randint(1, 9)}" if index % 3 == 0 else f"OBJ-{number}"
            records.append(rec(object_number, rng.choice(departments),
                               rng.sample(makers, rng.choice([0, 1, 1, 2, 3])),
                               [rng.choice(materials) for _ in range(rng.randint(0, 3))],
                               rng.choice(DATES)))
        if records and index % 5 == 0:
            records.append(copy.deepcopy(rng.choice(records)))
        yield records, rng.choice(facet_sets), rng.choice([1, 1, 1, 2, 3, 0])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(build_facets, reference, *case)


def test_large_catalogue() -> None:
    rng = random.Random(1753)
    names = [f"Maker {n}" for n in range(300)]
    records = [rec(f"{1900 + n // 50}.{n % 50}", rng.choice(["A", "B", "c", "C"]),
                   [rng.choice(names).upper() if rng.random() < 0.1 else rng.choice(names) for _ in range(rng.randint(0, 2))],
                   [rng.choice(["oak", "Oak", "pine", "glass"])], f"c. {rng.randint(1500, 1999)}") for n in range(3000)]
    assert_same(build_facets, reference, records)
    assert_same(build_facets, reference, records, ("maker",), 5)
