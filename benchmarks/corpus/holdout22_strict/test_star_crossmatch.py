"""Strict equivalence tests for crossmatch (never shown to wattlens)."""

from __future__ import annotations

import math
import random
import statistics
from dataclasses import dataclass

import pytest
from skymatch.crossmatch import crossmatch
from skymatch.sky import Source, Star
from strict_support import assert_same

TARGET = "skymatch/crossmatch.py:crossmatch"


# --- verbatim copy of the original implementation and its helpers -------------------------

def separation_arcsec(ra1, dec1, ra2, dec2):
    phi1, phi2 = math.radians(dec1), math.radians(dec2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(ra2 - ra1) / 2
    h = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return math.degrees(2 * math.asin(min(1.0, math.sqrt(h)))) * 3600


def reference(sources, catalogue, radius_arcsec=2.0):
    matches = []
    unmatched = []
    matched_stars = []
    offsets = []
    for source in sources:
        best, best_separation = None, None
        for star in catalogue:
            separation = separation_arcsec(source.ra, source.dec, star.ra, star.dec)
            if separation <= radius_arcsec and (best_separation is None or separation < best_separation):
                best, best_separation = star, separation
        if best is None:
            unmatched.append(source.source_id)
            continue
        matches.append({"source": source.source_id, "star": best.star_id, "separation": round(best_separation, 3)})
        matched_stars.append(best.star_id)
        if source.flux > 0:
            offsets.append(best.mag + 2.5 * math.log10(source.flux))
    blended = sorted({star_id for star_id in matched_stars if matched_stars.count(star_id) > 1})
    zero_point = round(statistics.median(offsets), 4) if offsets else None
    return {"matches": matches, "unmatched": unmatched, "blended": blended, "zero_point": zero_point}


# --- cases -------------------------------------------------------------------------------

S, Src = Star, Source
AS = 1 / 3600  # one arcsecond in degrees


@dataclass
class Detection:  # a mutable look-alike from the older extraction tool
    source_id: object
    ra: object
    dec: object
    flux: object


CAT = [S("A", 150.0, 2.0, 12.0), S("B", 150.0 + 0.3 * AS, 2.0, 13.0), S("C", 150.0, 2.0 + 5 * AS, 14.5),
       S("D", 150.01, 2.01, 9.75), S("E", 149.99, 1.99, 16.0)]
SRC = [Src(1, 150.0 + 0.25 * AS, 2.0, 1000.0), Src(2, 151.0, 2.0, 50.0), Src(3, 150.0, 2.0 + 4 * AS, 10.0),
       Src(4, 150.01, 2.01 + 1.9 * AS, 0.0), Src(5, 149.99 + AS, 1.99, -3.0), Src(6, 150.0, 2.0, 1e6)]
TIE = [S("B", 150.0 + 2e-5, 2.0, 12.0), S("A", 150.0 - 2e-5, 2.0, 12.0)]
EDGE_RADIUS = separation_arcsec(150.0, 2.0, 150.0, 2.0 + 1.7 * AS)

CASES = [
    ([], []),
    ([], CAT),
    (SRC, []),
    (SRC, CAT),
    (SRC, CAT, 2.0),
    (SRC, CAT, 1),
    (SRC, CAT, 0.3),
    (SRC, CAT, 0),
    (SRC, CAT, 0.0),
    (SRC, CAT, -1),
    (SRC, CAT, 10),
    (SRC, CAT, 3600),
    (SRC, CAT, 360000),
    (SRC, CAT, float("inf")),
    (SRC, CAT, True),
    (list(reversed(SRC)), CAT),
    (SRC, list(reversed(CAT))),
    (tuple(SRC), tuple(CAT)),
    (SRC + SRC, CAT),
    (SRC, CAT + CAT),
    ([Src(1, 150.0, 2.0, 10.0)], TIE),
    ([Src(1, 150.0, 2.0, 10.0)], list(reversed(TIE))),
    ([Src(1, 150.0, 2.0, 10.0)], [S("A", 150.0, 2.0, 12.0), S("A2", 150.0, 2.0, 11.0)]),
    ([Src(1, 150.0, 2.0, 10.0), Src(2, 150.0, 2.0, 20.0), Src(3, 150.0, 2.0, 30.0)], [S("A", 150.0, 2.0, 12.0)]),
    ([Src(1, 150.0, 2.0, 10.0), Src(2, 150.0, 2.0, 20.0)], [S("A", 150.0, 2.0, 12.0), S("A", 150.1, 2.0, 12.0)]),
    ([Src(1, 150.0, 2.0, 10.0), Src(2, 150.1, 2.0, 20.0)], [S("A", 150.0, 2.0, 12.0), S("A", 150.1, 2.0, 12.0)]),
    ([Src(1, 150.0, 2.0 + 1.7 * AS, 10.0)], [S("A", 150.0, 2.0, 12.0)], EDGE_RADIUS),
    ([Src(1, 150.0, 2.0 + 1.7 * AS, 10.0)], [S("A", 150.0, 2.0, 12.0)], math.nextafter(EDGE_RADIUS, 0)),
    ([Src(1, 359.9999, 0.0, 10.0), Src(2, 0.0001, 0.0, 10.0)], [S("Z", 0.0, 0.0, 10.0), S("W", 359.99995, 0.0, 11.0)]),
    ([Src(1, -0.0001, 0.0, 10.0), Src(2, 360.0001, 0.0, 10.0)], [S("Z", 0.0, 0.0, 10.0)]),
    ([Src(1, 10.0, 89.9999, 10.0), Src(2, 190.0, 89.9999, 10.0)], [S("P", 100.0, 89.99995, 10.0), S("Q", 280.0, 89.9999, 10.0)], 1.0),
    ([Src(1, 10.0, -90.0, 10.0)], [S("S", 200.0, -90.0, 10.0), S("T", 0.0, -89.9999, 10.0)]),
    ([Src(1, 10, 20, 10)], [S("I", 10, 20, 10)]),
    ([Src(1, 10.0, 20.0, 1)], [S("I", 10.0, 20.0, 10)]),
    ([Src(1, 10.0, 20.0, 10.0 ** 300)], [S("I", 10.0, 20.0, 10.0)]),
    ([Src(1, 10.0, 20.0, 5e-324)], [S("I", 10.0, 20.0, 10.0)]),
    ([Src(n, 10.0, 20.0 + n * AS / 10, 10.0 * n) for n in range(1, 5)], [S("I", 10.0, 20.0, 10.0)]),
    ([Src(n, 10.0, 20.0 + n * AS / 10, 10.0 * n) for n in range(1, 6)], [S("I", 10.0, 20.0, 10.0)]),
    ([Src(1, 10.0, 20.0, 10.0), Src(1, 10.0, 20.0, 10.0)], [S("I", 10.0, 20.0, 10.0)]),
    ([Src(None, 10.0, 20.0, 10.0), Src("x", 50.0, 20.0, 10.0)], [S(None, 10.0, 20.0, 10.0)]),
    ([Src(1, 10.0, 20.0, 10.0), Src(2, 10.0, 20.0, 10.0), Src(3, 11.0, 20.0, 1.0), Src(4, 11.0, 20.0, 1.0)],
     [S(2, 10.0, 20.0, 10.0), S(1, 11.0, 20.0, 10.0)]),
    ([Src(1, 10.0, 20.0, 10.0)], [S("I", 10.0, 20.0, None)]),
    ([Src(1, 10.0, 20.0, -1.0)], [S("I", 10.0, 20.0, None)]),
    ([Src(1, 10.0, 20.0, 0)], [S("I", 10.0, 20.0, "bright")]),
    ([Detection(1, 10.0, 20.0, 10.0), Detection(2, 10.0, 20.00001, 20.0)], [S("I", 10.0, 20.0, 10.0)]),
    # invalid input
    (None, CAT),
    (SRC, None),
    ([], None),
    ([None], CAT),
    ([None], []),
    (SRC, [None]),
    ([Src(1, None, 2.0, 10.0)], CAT),
    ([Src(1, None, 2.0, 10.0)], []),
    ([Src(1, 150.0, "2.0", 10.0)], CAT),
    ([Src(1, 150.0, 2.0, 10.0)], [S("A", 150.0, None, 10.0)]),
    ([Src(1, 150.0, 2.0, None)], CAT),
    ([Src(1, 152.0, 2.0, None)], CAT),
    ([Src(1, 150.0, 2.0, "10")], CAT),
    ([Src(1, 150.0, 2.0, 10.0)], [S("A", 150.0, 2.0, 10.0)], None),
    ([], [S("A", 150.0, 2.0, 10.0)], None),
    ([Src(1, 150.0, 2.0, 10.0)], [], None),
    ([Src(1, 150.0, 2.0, 10.0)], [S("A", 150.0, 2.0, 10.0)], "2"),
    ([Src(1, 150.0, 2.0, 10.0), Src(2, 150.0, 2.0, 10.0), Src(3, 151.0, 2.0, 10.0), Src(4, 151.0, 2.0, 10.0)],
     [S("A", 150.0, 2.0, 10.0), S(1, 151.0, 2.0, 10.0)]),
    ([Src(1, 150.0, 2.0, 10.0), Src(2, 150.0, 2.0, 10.0)], [S(["A"], 150.0, 2.0, 10.0)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(crossmatch, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(crossmatch, reference, radius_arcsec=5, catalogue=CAT, sources=SRC)


def _random_cases():
    rng = random.Random(67)
    for index in range(200):
        ra0 = rng.choice([0.0, 10.0, 132.846, 359.999, 200.0])
        dec0 = rng.choice([0.0, 11.8, -45.0, 89.99, -89.99, 60.0])
        spread = rng.choice([5 * AS, 60 * AS, 0.05])
        catalogue = []
        for number in range(rng.choice([0, 1, 3, 10, 40])):
            ra = (ra0 + rng.uniform(-spread, spread)) % 360
            dec = max(-90.0, min(90.0, dec0 + rng.uniform(-spread, spread)))
            catalogue.append(S(f"G{rng.randint(0, 60) if rng.random() < 0.1 else number}", ra, dec, round(rng.uniform(8, 19), 2)))
        if catalogue and rng.random() < 0.2:
            catalogue.append(rng.choice(catalogue))
        sources = []
        for number in range(rng.choice([0, 1, 4, 15, 40])):
            if catalogue and rng.random() < 0.7:
                star = rng.choice(catalogue)
                ra = (star.ra + rng.gauss(0, rng.choice([0.1, 0.5, 2.0])) * AS) % 360
                dec = max(-90.0, min(90.0, star.dec + rng.gauss(0, rng.choice([0.1, 0.5, 2.0])) * AS))
            else:
                ra = (ra0 + rng.uniform(-spread, spread)) % 360
                dec = max(-90.0, min(90.0, dec0 + rng.uniform(-spread, spread)))
            sources.append(Src(number, ra, dec, rng.choice([rng.uniform(1, 1e5), 0.0, -5.0, rng.uniform(1, 1e5)])))
        if index % 2:
            yield sources, catalogue, rng.choice([0.5, 1, 1.5, 2.0, 5.0, 30.0, 0])
        else:
            yield sources, catalogue


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(crossmatch, reference, *case)


def test_cluster_field() -> None:
    rng = random.Random(3)
    catalogue = [S(f"GAIA-{n}", 132.846 + rng.uniform(-0.05, 0.05), 11.814 + rng.uniform(-0.05, 0.05), rng.uniform(9, 18))
                 for n in range(500)]
    sources = [Src(n, star.ra + rng.gauss(0, 0.4) * AS, star.dec + rng.gauss(0, 0.4) * AS, rng.uniform(10, 1e5))
               for n, star in enumerate(catalogue) if rng.random() < 0.8]
    sources += [Src(10_000 + n, 132.846 + rng.uniform(-0.05, 0.05), 11.814 + rng.uniform(-0.05, 0.05), 5.0) for n in range(50)]
    assert_same(crossmatch, reference, sources, catalogue, 1.5)
