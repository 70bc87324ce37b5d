"""Strict equivalence tests for calibrate (never shown to wattlens)."""

from __future__ import annotations

import copy
import random

import pytest
from calcurve.readings import Calibrated, RawReading, calibrate
from calcurve.tables import CalibrationError
from strict_support import assert_same

TARGET = "calcurve/readings.py:calibrate"


# --- verbatim copy of the original implementation and its helpers -------------------------

def parse_table(text):
    points = []
    for entry in text.split(";"):
        entry = entry.strip()
        if not entry:
            continue
        raw, _, value = entry.partition(":")
        try:
            points.append((float(raw), float(value)))
        except ValueError:
            raise CalibrationError(f"bad calibration point {entry!r}") from None
    if len(points) < 2:
        raise CalibrationError("a calibration table needs at least two points")
    points.sort()
    return points


def interpolate(points, raw):
    if raw < points[0][0]:
        return points[0][1], True
    if raw > points[-1][0]:
        return points[-1][1], True
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x0 <= raw <= x1:
            if x1 == x0:
                return y0, False
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0), False
    raise AssertionError("unreachable")


def reference(readings, certificates, temperature_offsets=None):
    results = []
    for reading in readings:
        if reading.counts is None:
            results.append(Calibrated(reading.probe, reading.timestamp, None, False))
            continue
        points = parse_table(certificates[reading.probe])
        counts = reading.counts
        if temperature_offsets and reading.probe in temperature_offsets:
            counts -= temperature_offsets[reading.probe]
        vwc, outside = interpolate(points, counts)
        results.append(Calibrated(reading.probe, reading.timestamp, round(vwc, 2), outside))
    return results


# --- cases -------------------------------------------------------------------------------

CERT = "2000:20.0; 1000:0.0 ; 3000:50.0;"
CERTS = {
    "P1": CERT,
    "P2": "1200:3.5;1350:7.25;1500:11.125;1700:15;2100:24.5;2600:33.333;3300:41.0",
    "DUP": "1000:0; 1500:10; 1500:12; 2000:20",
    "DUP2": "1500:12; 1000:0; 1500:10; 1500:11; 2000:20",
    "FLAT": "1000:5;1000:5",
    "SAME_X": "1000:9;1000:1",
    "INVERSE": "1000:40; 2000:10; 3000:0",
    "NEG": "-500:-5; 0:0; 500:5",
    "SCI": "1e3:0;2E3:1e1;3.0e3:2.5E1",
    "UNDERSCORE": "1_000:0;2_000:10",
    "ARABIC": "١٠٠٠:0;٢٠٠٠:10",
    "INF_VALUE": "1000:0; 2000:inf",
    "SPACES": "  ;; 1000 : 0 ;\t2000:\t10 ;\n",
    "ONE": "1000:5",
    "ONE_PLUS_BLANKS": "1000:5;;; ;",
    "EMPTY": "",
    "BAD": "1000:0; 2000:ten",
    "BAD_COLONS": "1000:0:1; 2000:10",
    "NO_VALUE": "1000:; 2000:10",
    "NO_RAW": ":0; 2000:10",
    "COMMA": "1000,0; 2000,10",
    "NOT_TEXT": None,
    "BYTES": b"1000:0;2000:10",
}


def r(probe, counts, stamp="2024-04-01T00:00:00"):
    return RawReading(probe, stamp, counts)


def sweep(probe, values):
    return [r(probe, value, f"2024-04-01T00:{n:02d}:00") for n, value in enumerate(values)]


EDGES = [999, 1000, 1000.0, 1001, 1499, 1500, 1501, 1999.999, 2000, 2500, 2999, 3000, 3001, -1, 0, True, False,
         10 ** 9, 1500.5, 2345.678]

CASES = [
    ([], {}),
    ((), CERTS),
    ([], CERTS, {"P1": 5.0}),
    (sweep("P1", EDGES), CERTS),
    (tuple(sweep("P1", EDGES)), CERTS),
    (sweep("P2", EDGES + [1275, 1349.9, 3300, 3299.99]), CERTS),
    (sweep("DUP", EDGES), CERTS),
    (sweep("DUP2", EDGES), CERTS),
    (sweep("FLAT", EDGES), CERTS),
    (sweep("SAME_X", EDGES), CERTS),
    (sweep("INVERSE", EDGES), CERTS),
    (sweep("NEG", [-600, -500, -250, 0, 1, 250, 500, 501, -0.0]), CERTS),
    (sweep("SCI", EDGES), CERTS),
    (sweep("UNDERSCORE", EDGES), CERTS),
    (sweep("ARABIC", EDGES), CERTS),
    (sweep("SPACES", EDGES), CERTS),
    (sweep("INF_VALUE", [999, 1500, 2000, 2001]), CERTS),
    (sweep("P1", [float("inf"), float("-inf")]), CERTS),
    (sweep("P1", [float("nan")]), CERTS),
    (sweep("P1", [1500, float("nan")]), CERTS),
    # rounding of the result
    (sweep("P1", [1000.25, 1000.75, 1001.25, 1002.5, 1003.75, 1000.125, 1000.375]), {"P1": "1000:0;2000:20"}),
    (sweep("P1", [1000 + n / 7 for n in range(20)]), {"P1": "1000:0.005;2000:0.015"}),
    # dropouts: never looked up, never parsed
    (sweep("P1", [None, None]), {}),
    (sweep("MISSING", [None]), CERTS),
    (sweep("BAD", [None, None]), CERTS),
    (sweep("P1", [None, 1500, None]), CERTS),
    # mixed probes, order preserved
    ([r("P1", 1500, "b"), r("P2", 1500, "a"), r("P1", 1200, "a"), r("P2", None, "c"), r("P1", 1500, "b")], CERTS),
    # temperature offsets
    (sweep("P1", EDGES), CERTS, {}),
    (sweep("P1", EDGES), CERTS, None),
    (sweep("P1", EDGES), CERTS, {"P1": 100.0}),
    (sweep("P1", EDGES), CERTS, {"P1": -100}),
    (sweep("P1", EDGES), CERTS, {"P1": 0}),
    (sweep("P1", EDGES), CERTS, {"P2": 50}),
    (sweep("P1", [1500, None]), CERTS, {"P1": 0.1}),
    (sweep("P1", [1000, 3000]), CERTS, {"P1": 1e-12}),
    (sweep("P1", [1500]), CERTS, {"P1": None}),
    (sweep("P1", [None]), CERTS, {"P1": None}),
    (sweep("P1", [1500]), CERTS, {"P1": "5"}),
    (sweep("P1", [1500]), CERTS, ["P1"]),
    (sweep("P1", [1500]), CERTS, "P1"),
    # bad certificates and probes
    (sweep("ONE", [1500]), CERTS),
    (sweep("ONE_PLUS_BLANKS", [1500]), CERTS),
    (sweep("EMPTY", [1500]), CERTS),
    (sweep("BAD", [1500]), CERTS),
    (sweep("BAD_COLONS", [1500]), CERTS),
    (sweep("NO_VALUE", [1500]), CERTS),
    (sweep("NO_RAW", [1500]), CERTS),
    (sweep("COMMA", [1500]), CERTS),
    (sweep("NOT_TEXT", [1500]), CERTS),
    (sweep("BYTES", [1500]), CERTS),
    (sweep("P1", [1500]) + sweep("BAD", [1500]) + sweep("P2", [1500]), CERTS),
    (sweep("MISSING", [1500]), CERTS),
    (sweep("P1", [1500]), None),
    (sweep("P1", ["1500"]), CERTS),
    (sweep("P1", [[1500]]), CERTS),
    ([r("P1", 1500), None], CERTS),
    (None, CERTS),
    ([RawReading(None, "t", 1500)], {None: CERT}),
    ([RawReading(7, "t", 1500)], {7: CERT, "7": "bad"}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(calibrate, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(calibrate, reference, temperature_offsets={"P2": 7.5}, certificates=CERTS,
                readings=sweep("P2", EDGES))


def test_inputs_are_not_modified() -> None:
    readings, certs, offsets = sweep("P1", EDGES), dict(CERTS), {"P1": 3.0}
    before = copy.deepcopy((readings, certs, offsets))
    calibrate(readings, certs, offsets)
    assert (readings, certs, offsets) == before


def _certificate(rng):
    points = []
    raw = rng.choice([800.0, 1000.0, 1234.5])
    for _ in range(1 if rng.random() < 0.04 else rng.randint(2, 8)):
        value = rng.choice([round(rng.uniform(0, 50), rng.choice([0, 1, 2, 3])), rng.randint(0, 50)])
        points.append(f"{raw:g}:{value}")
        if rng.random() > 0.15:
            raw += rng.choice([50, 100, 125.5, 333])
    rng.shuffle(points)
    return rng.choice([";", "; ", " ;"]).join(points) + rng.choice(["", ";", " ; "])


def _random_cases():
    rng = random.Random(2604)
    for index in range(175):
        certs = {f"P{n}": _certificate(rng) for n in range(rng.randint(1, 4))}
        probes = list(certs)
        readings = []
        for step in range(rng.randint(0, 30)):
            probe = rng.choice(probes)
            kind = rng.random()
            if kind < 0.08:
                counts = None
            elif kind < 0.3:
                counts = int(float(rng.choice(certs[probe].replace(" ", "").strip(";").split(";")).split(":")[0]))
            elif kind < 0.5:
                counts = round(rng.uniform(700, 4000), 2)
            else:
                counts = rng.randint(700, 4000)
            readings.append(r(probe, counts, f"2024-04-0{1 + step // 96}T{step % 96 // 4:02d}:{step % 4 * 15:02d}"))
        offsets = rng.choice([None, {}, {probe: rng.choice([-10, 2.5, 40]) for probe in probes if rng.random() < 0.5}])
        yield (readings, certs, offsets) if index % 4 else (readings, certs)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(calibrate, reference, *case)


def test_large_logger_dump() -> None:
    rng = random.Random(11)
    certs = {f"GH-{n}": "; ".join(f"{1000 + 90 * k + rng.randint(0, 30)}:{2.5 * k}" for k in range(20)) for n in range(12)}
    readings = [r(f"GH-{rng.randrange(12)}", None if rng.random() < 0.02 else rng.randint(900, 3000), f"t{n}")
                for n in range(5000)]
    assert_same(calibrate, reference, readings, certs, {"GH-3": 12.5, "GH-7": -4})
