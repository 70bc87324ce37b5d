"""Strict equivalence tests for write_point_shapefile (never shown to wattlens)."""

from __future__ import annotations

import math
import random
import struct
from collections import namedtuple
from dataclasses import dataclass
from fractions import Fraction

import pytest
from shpout.points import SurveyPoint
from shpout.shapefile import write_point_shapefile
from strict_support import assert_same

TARGET = "shpout/shapefile.py:write_point_shapefile"


# --- verbatim copy of the original implementation and its helpers -------------------------

FILE_CODE = 9994
VERSION = 1000
POINT_Z = 11
HEADER_BYTES = 100


def _header(file_words, box, z_range):
    return (struct.pack(">7i", FILE_CODE, 0, 0, 0, 0, 0, file_words) + struct.pack("<2i", VERSION, POINT_Z)
            + struct.pack("<8d", *box, *z_range, 0.0, 0.0))


def reference(points):
    for point in points:
        if not all(math.isfinite(value) for value in (point.easting, point.northing, point.elevation)):
            raise ValueError(f"point {point.point_id!r} has a coordinate that is not finite")
    if points:
        box = (min(point.easting for point in points), min(point.northing for point in points),
               max(point.easting for point in points), max(point.northing for point in points))
        z_range = (min(point.elevation for point in points), max(point.elevation for point in points))
    else:
        box = (0.0, 0.0, 0.0, 0.0)
        z_range = (0.0, 0.0)
    records = b""
    index = b""
    offset = HEADER_BYTES // 2
    for number, point in enumerate(points, start=1):
        content = struct.pack("<i4d", POINT_Z, point.easting, point.northing, point.elevation, 0.0)
        words = len(content) // 2
        records += struct.pack(">2i", number, words) + content
        index += struct.pack(">2i", offset, words)
        offset += 4 + words
    shp = _header(HEADER_BYTES // 2 + len(records) // 2, box, z_range) + records
    shx = _header(HEADER_BYTES // 2 + len(index) // 2, box, z_range) + index
    return shp, shx


# --- cases -------------------------------------------------------------------------------

P = SurveyPoint


@dataclass
class Shot:  # a look-alike record from the total-station import
    point_id: object
    easting: object
    northing: object
    elevation: object


Row = namedtuple("Row", "point_id code easting northing elevation")

SITE = [P("101", "FH", 512034.125, 181220.5, 43.21), P("102", "TREE", 512040.0, 181210.25, 44.0),
        P("103", "BDY", 511990.5, 181260.75, 41.875), P("104", "MH", 512100.0, 181100.0, 45.5)]

CASES = [
    ([],),
    ((),),
    (SITE,),
    (SITE[::-1],),
    (tuple(SITE),),
    (SITE + SITE,),
    (SITE[:1],),
    ([P("1", "X", 0, 0, 0)],),
    ([P("1", "X", 0.0, 0.0, 0.0), P("2", "X", -0.0, -0.0, -0.0)],),
    ([P("1", "X", -0.0, -0.0, -0.0), P("2", "X", 0.0, 0.0, 0.0)],),
    ([P("1", "X", 1, 2, 3), P("2", "X", 1.0, 2.0, 3.0)],),
    ([P("1", "X", 1.0, 2.0, 3.0), P("2", "X", 1, 2, 3)],),
    ([P("1", "X", True, False, True)],),
    ([P("1", "X", 2 ** 62, -(2 ** 62), 2 ** 80)],),
    ([P("1", "X", 10 ** 400, 0, 0)],),
    ([P("1", "X", 1e308, -1e308, 5e-324)],),
    ([P("1", "X", 1.7976931348623157e308, 2.2250738585072014e-308, -5e-324)],),
    ([P("1", "X", Fraction(1, 3), Fraction(7, 2), 0)],),
    ([P("1", "X", float("nan"), 0, 0)],),
    ([P("1", "X", 0, float("inf"), 0)],),
    ([P("1", "X", 0, 0, float("-inf"))],),
    (SITE + [P("bad", "X", 0, 0, float("nan"))],),
    ([P("1", "X", None, 0, 0)],),
    ([P("1", "X", "1.5", 0, 0)],),
    ([P("1", "X", 0, 0, [1])],),
    ([P("1", "X", 0, 0, 1j)],),
    ([P(None, None, 1.5, 2.5, 3.5)],),
    ([P("ü-1", "ÄÖ", 1.5, 2.5, 3.5)],),
    ([P("1", "X", 512034.1, 181220.2, 43.3)] * 5,),
    ([P(str(n), "X", n * 0.1, -n * 0.1, n % 7) for n in range(40)],),
    ([Shot("a", 1.5, 2.5, 3.5), P("b", "X", 0.5, 4.5, 1.25)],),
    ([Row("a", "X", 1.5, 2.5, 3.5), Row("b", "X", -1.5, -2.5, -3.5)],),
    ([Shot("a", None, 2.5, 3.5)],),
    ([None],),
    (SITE + [None],),
    (None,),
    ("abc",),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(write_point_shapefile, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(write_point_shapefile, reference, points=SITE)


def _random_cases():
    rng = random.Random(27700)
    for _ in range(230):
        points = []
        for number in range(rng.choice([0, 1, 2, 3, 10, 50, 200])):
            easting = rng.choice([round(rng.uniform(400000, 600000), 3), rng.randint(-100, 100), rng.uniform(-1e6, 1e6)])
            northing = rng.choice([round(rng.uniform(100000, 300000), 3), rng.randint(-100, 100), 0.0])
            elevation = rng.choice([round(rng.uniform(-5, 300), 3), 0, -0.0])
            points.append(P(f"{number}", rng.choice(["FH", "TREE", "GND"]), easting, northing, elevation))
        if points and rng.random() < 0.03:
            points[rng.randrange(len(points))].elevation = float("nan")
        yield (points,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(write_point_shapefile, reference, *case)


def test_survey_job() -> None:
    rng = random.Random(5)
    points = [P(f"2{n:05d}", "GND", round(rng.uniform(512000, 512800), 3), round(rng.uniform(181000, 181600), 3),
                round(rng.uniform(30, 75), 3)) for n in range(4000)]
    assert_same(write_point_shapefile, reference, points)
