"""Strict equivalence tests for review_counts (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from butterfly_transects.checklist import Species
from butterfly_transects.counts import review_counts

TARGET = "butterfly_transects/counts.py:review_counts"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(visits, checklist):
    names = []
    canonical = []
    for species in checklist:
        for name in (species.vernacular, species.scientific) + species.aliases:
            names.append(name.strip().lower())
            canonical.append(species.vernacular)
    accepted = []
    unrecognised = []
    seen = []
    first_records = []
    for visit in visits:
        if visit["count"] < 1:
            continue
        name = visit["species"].strip().lower()
        if name not in names:
            if name not in unrecognised:
                unrecognised.append(name)
            continue
        vernacular = canonical[names.index(name)]
        key = (visit["transect"], vernacular)
        if key not in seen:
            seen.append(key)
            first_records.append((visit["transect"], vernacular, visit["date"]))
        accepted.append({"transect": visit["transect"], "section": visit["section"], "date": visit["date"],
                         "species": vernacular, "count": visit["count"]})
    return {"accepted": accepted, "unrecognised": unrecognised, "first_records": first_records}


# --- cases -------------------------------------------------------------------------------

NAN = float("nan")

CHECKLIST = [
    Species("Pieris brassicae", "Large White", ("cabbage white", "large cabbage white")),
    Species("Pieris rapae", "Small White", ("cabbage white", "SW")),
    Species("Aglais io", "Peacock"),
    Species("Maniola jurtina", "Meadow Brown", ("MB", " mb ")),
    Species(" Polygonia c-album ", "Comma ", ("comma",)),
    Species("Pyronia tithonus", "Gatekeeper", ("Hedge Brown",)),
    Species("Aglais io", "Peacock butterfly"),
]


def v(species, count=1, transect="T01", section=1, date="2024-07-01", **extra):
    return {"transect": transect, "section": section, "date": date, "species": species, "count": count, **extra}


CASES = [
    ([], []),
    ([], CHECKLIST),
    ((), CHECKLIST),
    ([v("Peacock")], []),
    ([v("Peacock")], CHECKLIST),
    ([v(" peacock ")], CHECKLIST),
    ([v("PEACOCK")], CHECKLIST),
    ([v("aglais io")], CHECKLIST),
    ([v("Peacock butterfly")], CHECKLIST),
    ([v("cabbage white")], CHECKLIST),
    ([v("cabbage white")], list(reversed(CHECKLIST))),
    ([v("Cabbage White"), v("large white"), v("small white"), v("sw")], CHECKLIST),
    ([v("mb"), v(" MB "), v("Meadow Brown")], CHECKLIST),
    ([v("comma"), v("Comma"), v("polygonia c-album")], CHECKLIST),
    ([v("Comma ")], CHECKLIST),
    ([v("hedge brown", transect="T02"), v("gatekeeper", transect="T02")], CHECKLIST),
    ([v("Purple Emperor"), v("purple emperor"), v(" Purple Emperor ")], CHECKLIST),
    ([v("Purple Emperor"), v("Peacock"), v("Silver Y"), v("purple emperor")], CHECKLIST),
    ([v(""), v("  ")], CHECKLIST),
    ([v("")], [Species("", "Nameless")]),
    ([v("x")], [Species("X", "Nameless"), Species("x", "Other")]),
    ([v("x")], [Species("Y", "Z", ("x",)), Species("X", "W")]),
    ([v("Peacock", 0), v("Nothing", 0)], CHECKLIST),
    ([v("Peacock", -3), v("Peacock", 1)], CHECKLIST),
    ([v("Peacock", 0.5), v("Peacock", 1.0), v("Peacock", 2)], CHECKLIST),
    ([v("Peacock", True), v("Peacock", False)], CHECKLIST),
    ([v("Peacock", NAN)], CHECKLIST),
    ([v("Peacock", None)], CHECKLIST),
    ([v("Peacock", "3")], CHECKLIST),
    ([v(None)], CHECKLIST),
    ([v(None, 0)], CHECKLIST),
    ([v(42)], CHECKLIST),
    ([v("Peacock", date="2024-06-01"), v("Peacock", date="2024-06-08"), v("Peacock", transect="T02"),
      v("Aglais io", date="2024-06-15")], CHECKLIST),
    ([v("Peacock", transect="T02"), v("Peacock", transect="T01"), v("Peacock", transect="T02")], CHECKLIST),
    ([v("Peacock", transect=1), v("Peacock", transect=1.0), v("Peacock", transect=True)], CHECKLIST),
    ([v("Peacock", transect=None), v("Peacock", transect=None)], CHECKLIST),
    ([v("Peacock", transect=NAN), v("Peacock", transect=NAN)], CHECKLIST),
    ([v("Peacock", transect=["T01"]), v("Peacock", transect=["T01"]), v("Comma", transect=["T01"])], CHECKLIST),
    ([v("Peacock", transect={"id": 1}), v("Peacock", transect={"id": 1})], CHECKLIST),
    ([v("Peacock", transect=("T", 1)), v("Peacock", transect=("T", 1))], CHECKLIST),
    ([v("Peacock", date=None), v("Peacock", date="2024-07-02")], CHECKLIST),
    ([v("Peacock", note="worn"), v("Peacock", section=None)], CHECKLIST),
    ([{"species": "Peacock", "count": 1}], CHECKLIST),
    ([{"species": "Peacock", "count": 1, "transect": "T01"}], CHECKLIST),
    ([{"species": "Unknown", "count": 1}], CHECKLIST),
    ([{"transect": "T01", "count": 1}], CHECKLIST),
    ([{"species": "Peacock"}], CHECKLIST),
    ([v("Peacock"), {"transect": "T01", "count": 1, "species": "Peacock", "date": "x"}], CHECKLIST),
    ([v("Peacock")], [Species("Aglais io", "Peacock", ["peacock"])]),
    ([v("Peacock")], [Species("Aglais io", None)]),
    ([v("Peacock")], [Species(None, "Peacock")]),
    ([v("Peacock")], [None]),
    ([v("Peacock")], None),
    (None, CHECKLIST),
    ([None], CHECKLIST),
    ([v("Ǆ"), v("ǆ"), v("ǅ")], [Species("Ǆ", "Dz")]),
    ([v("STRASSE"), v("straße")], [Species("Straße", "Street")]),
    ([v("İ")], [Species("i̇", "Dotted")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(review_counts, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(review_counts, reference, visits=[v("mb"), v("x")], checklist=CHECKLIST)
    assert_same(review_counts, reference, [v("Peacock")], checklist=CHECKLIST)


def test_shared_visit_objects() -> None:
    shared = v("Peacock", 2)
    assert_same(review_counts, reference, [shared, shared, v("Comma")], CHECKLIST)


def _random_cases():
    rng = random.Random(34721)
    pool = [s.vernacular for s in CHECKLIST] + [s.scientific for s in CHECKLIST] + \
        [a for s in CHECKLIST for a in s.aliases] + ["Purple Emperor", "peacok", "Silver Y", ""]
    for _ in range(220):
        checklist = rng.sample(CHECKLIST, rng.randint(0, len(CHECKLIST)))
        visits = []
        for _ in range(rng.choice([0, 1, 5, 20, 80])):
            name = rng.choice(pool)
            name = rng.choice([name, name.upper(), name.lower(), f" {name} "])
            visits.append(v(name, rng.choice([0, 1, 1, 2, 7]), rng.choice(["T01", "T02", "T03"]),
                            rng.randint(1, 8), f"2024-0{rng.randint(4, 9)}-{rng.randint(10, 28)}"))
        yield visits, checklist


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(review_counts, reference, *case)
