"""Strict equivalence tests for stall_alerts (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from collections import namedtuple
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from brewlog.readings import Reading
from brewlog.stalls import stall_alerts
from strict_support import assert_same

TARGET = "brewlog/stalls.py:stall_alerts"


# --- verbatim copy of the original implementation and its helpers -----------------------------

TIME_FORMAT = "%Y-%m-%d %H:%M"


def _ref_parse_time(text):
    return datetime.strptime(text.strip(), TIME_FORMAT)


def _ref_hours_between(earlier, later):
    return (_ref_parse_time(later) - _ref_parse_time(earlier)).total_seconds() / 3600.0


def reference(readings, window_hours=24.0, min_drop=0.002, terminal_gravity=1.012):
    if window_hours <= 0:
        raise ValueError(f"window must be positive, not {window_hours}")
    by_batch = {}
    for reading in readings:
        by_batch.setdefault(reading.batch, []).append(reading)
    alerts = []
    for batch in sorted(by_batch):
        ordered = sorted(by_batch[batch], key=lambda reading: _ref_parse_time(reading.taken_at))
        first = ordered[0].taken_at
        stalled = False
        for index, reading in enumerate(ordered):
            if _ref_hours_between(first, reading.taken_at) < window_hours:
                stalled = False
                continue
            start = index
            while start > 0 and _ref_hours_between(ordered[start - 1].taken_at, reading.taken_at) <= window_hours:
                start -= 1
            drop = ordered[start].gravity - reading.gravity
            now_stalled = reading.gravity > terminal_gravity and drop < min_drop
            if now_stalled and not stalled:
                alerts.append((batch, reading.taken_at, round(drop, 4)))
            stalled = now_stalled
    return alerts


# --- cases -------------------------------------------------------------------------------

BASE = datetime(2024, 3, 1, 8, 0)


def series(batch, gravities, minutes=60, start=BASE, fmt=TIME_FORMAT):
    return [Reading(batch, (start + timedelta(minutes=minutes * n)).strftime(fmt), g, 19.0) for n, g in enumerate(gravities)]


FALLING = [round(1.060 - 0.0005 * n, 4) for n in range(30)]
STUCK = FALLING[:10] + [FALLING[9]] * 12 + [round(FALLING[9] - 0.001 * n, 4) for n in range(1, 10)]
FLAT = [1.020] * 40
DONE = [1.010] * 40
SAW = [1.030, 1.0295, 1.030, 1.0295] * 12
RISING = [1.020 + 0.001 * n for n in range(20)]
TWO = series("FV2", STUCK) + series("FV1", FLAT, minutes=45)
SHUFFLED = list(TWO)
random.Random(3).shuffle(SHUFFLED)
SAME_TIME = [Reading("A", "2024-03-01 08:00", 1.03, 19.0), Reading("A", "2024-03-01 08:00", 1.02, 19.0),
             Reading("A", "2024-03-01 14:00", 1.0299, 19.0), Reading("A", "2024-03-01 14:00", 1.0199, 19.0),
             Reading("A", "2024-03-01 20:00", 1.0298, 19.0)]
EXACT_WINDOW = [Reading("W", "2024-03-01 00:00", 1.040, 19.0), Reading("W", "2024-03-01 06:00", 1.039, 19.0),
                Reading("W", "2024-03-01 12:00", 1.030, 19.0), Reading("W", "2024-03-01 12:01", 1.0299, 19.0)]
PADDED = [Reading("P", " 2024-03-01 08:00", 1.03, 19.0), Reading("P", "2024-03-01 14:00\n", 1.0299, 19.0),
          Reading("P", "\t2024-03-01 20:00  ", 1.0298, 19.0), Reading("P", "2024-03-02 02:00\r\n", 1.0297, 19.0)]
MIDNIGHT_YEAR = series("NY", [1.02] * 10, minutes=180, start=datetime(2023, 12, 31, 12, 0))
LEAP = series("LP", [1.02] * 10, minutes=240, start=datetime(2024, 2, 28, 18, 0))
MIXED_NAMES = series("fv1", FLAT[:10], minutes=180) + series("FV1", FLAT[:10], minutes=180) + series("Fv1", FLAT[:10], minutes=180)
UNICODE = series("Gärtank Ö", FLAT[:12], minutes=180) + series("发酵罐", FLAT[:12], minutes=180) + series("", FLAT[:12], minutes=180)
INTS = [Reading("I", "2024-03-01 08:00", 2, 19), Reading("I", "2024-03-01 20:00", 2, 19), Reading("I", "2024-03-02 09:00", 2, 19),
        Reading("I", "2024-03-02 10:00", 1, 19)]
BOOLS = [Reading("B", "2024-03-01 08:00", True, 19), Reading("B", "2024-03-02 08:00", True, 19), Reading("B", "2024-03-03 08:00", False, 19)]
Row = namedtuple("Row", "batch taken_at gravity temperature")
LOOKALIKE = [Row("N", "2024-03-01 08:00", 1.03, 19.0), SimpleNamespace(batch="N", taken_at="2024-03-02 08:00", gravity=1.0295),
             Row("N", "2024-03-02 20:00", 1.0294, 18.0)]
NONE_GRAVITY = [Reading("X", "2024-03-01 08:00", None, 19.0), Reading("X", "2024-03-02 09:00", 1.03, 19.0)]
NONE_GRAVITY_EARLY = [Reading("X", "2024-03-01 08:00", 1.03, 19.0), Reading("X", "2024-03-01 09:00", None, 19.0)]
STR_GRAVITY = [Reading("S", "2024-03-01 08:00", "1.030", 19.0), Reading("S", "2024-03-02 09:00", "1.030", 19.0)]
BAD_TIME = series("OK", FLAT[:5]) + [Reading("BAD", "2024-03-01T08:00", 1.03, 19.0)]
BAD_DAY = [Reading("D", "2024-02-30 08:00", 1.03, 19.0)]
SECONDS = [Reading("D", "2024-03-01 08:00:00", 1.03, 19.0)]
NONE_TIME = [Reading("D", None, 1.03, 19.0)]
MIXED_BATCH_TYPES = series("A", FLAT[:3]) + [Reading(1, "2024-03-01 08:00", 1.02, 19.0)]
NONE_BATCH = series(None, FLAT[:30])
TUPLE_BATCH = series(("FV", 1), STUCK)
BIG_DROP = series("BD", [1.080, 1.000, 1.079, 0.999] * 10, minutes=400)
TINY = series("T", [1.0120001, 1.0120002, 1.0120001] * 12, minutes=60)
HUGE = series("H", [1e300, 1e300, -1e300, 1e300] * 8, minutes=600)
CLOSE_ROUND = series("R", [1.03005, 1.02990, 1.02985, 1.02975, 1.02965] * 8, minutes=300)

CASES = [
    ([],),
    ((),),
    ([], 0),
    ([], -1),
    (series("FV1", FALLING),),
    (series("FV1", FALLING), 6),
    (series("FV1", STUCK), 6),
    (series("FV1", STUCK), 6.0, 0.002, 1.012),
    (series("FV1", STUCK), 6, 0.001),
    (series("FV1", STUCK), 6, 0.0015),
    (series("FV1", STUCK), 6, 0.0016),
    (series("FV1", STUCK), 6, 0.002, 1.06),
    (series("FV1", STUCK), 6, 0.002, 1.0),
    (series("FV1", STUCK), 5.5),
    (series("FV1", STUCK), 0.5),
    (series("FV1", STUCK), 1),
    (series("FV1", STUCK), 100),
    (series("FV1", STUCK), 0),
    (series("FV1", STUCK), -6),
    (series("FV1", STUCK), float("inf")),
    (series("FV1", STUCK), 6, -0.001),
    (series("FV1", STUCK), 6, 0),
    (series("FV1", STUCK), 6, float("inf")),
    (series("FV1", STUCK), 6, 0.002, None),
    (series("FV1", STUCK), 6, None),
    (series("FV1", STUCK), None),
    (series("FV1", STUCK), "6"),
    (series("FV1", STUCK), True),
    (series("FV1", STUCK), 6, True),
    (series("FV1", STUCK), 6, 0.002, True),
    (series("FV1", STUCK, minutes=1), 0.1),
    (series("FV1", STUCK, minutes=1440),),
    (series("FV1", FLAT),),
    (series("FV1", FLAT), 6),
    (series("FV1", DONE),),
    (series("FV1", DONE), 24, 0.002, 1.005),
    (series("FV1", DONE), 24, 0.002, 1.010),
    (series("FV1", SAW), 3),
    (series("FV1", SAW), 3, 0.0005),
    (series("FV1", SAW), 3, 0.0006),
    (series("FV1", RISING), 2),
    (series("FV1", RISING), 2, -0.5),
    (series("FV1", FLAT[:1]),),
    (series("FV1", FLAT[:1]), 1e-9),
    (series("FV1", FLAT[:2], minutes=0), 1e-9),
    (series("FV1", FLAT[:5], minutes=0), 1e-9),
    (series("FV1", FLAT[:5], minutes=-60), 1),
    (list(reversed(series("FV1", STUCK))), 6),
    (tuple(series("FV1", STUCK)), 6),
    (TWO, 6),
    (TWO,),
    (SHUFFLED, 6),
    (SHUFFLED, 4, 0.0001),
    (SAME_TIME, 6),
    (SAME_TIME, 6, 0.002, 1.0),
    (list(reversed(SAME_TIME)), 6, 0.002, 1.0),
    (EXACT_WINDOW, 12),
    (EXACT_WINDOW, 12, 0.0102),
    (EXACT_WINDOW, 12, 0.0101),
    (EXACT_WINDOW, 11.99),
    (EXACT_WINDOW, 12.01),
    (EXACT_WINDOW, 6),
    (PADDED, 6),
    (PADDED, 6, 0.002, 1.0),
    (MIDNIGHT_YEAR, 6),
    (MIDNIGHT_YEAR, 24),
    (LEAP, 24),
    (LEAP, 8),
    (MIXED_NAMES, 3),
    (UNICODE, 6),
    (INTS, 12),
    (INTS, 12, 1),
    (INTS, 12, 2),
    (BOOLS, 24, 1, 0),
    (BOOLS, 24, 2, 0),
    (LOOKALIKE, 12),
    (LOOKALIKE, 12, 0.002, 1.0),
    (NONE_GRAVITY, 24),
    (NONE_GRAVITY, 48),
    (NONE_GRAVITY_EARLY, 24),
    (NONE_GRAVITY_EARLY, 0.5),
    (STR_GRAVITY, 24),
    (BAD_TIME,),
    (BAD_DAY,),
    (SECONDS,),
    (NONE_TIME,),
    ([Reading("D", "", 1.03, 19.0)],),
    ([Reading("D", "2024-3-1 8:05", 1.03, 19.0), Reading("D", "2024-03-02 08:05", 1.03, 19.0)],),
    ([Reading("D", "2024-03-01 24:00", 1.03, 19.0)],),
    (MIXED_BATCH_TYPES,),
    (NONE_BATCH, 6),
    (TUPLE_BATCH, 6),
    (BIG_DROP, 12),
    (BIG_DROP, 12, 0.002, 1.0),
    (TINY, 6),
    (TINY, 6, 0.002, 1.012),
    (HUGE, 12, 0.002, 0.0),
    (CLOSE_ROUND, 10),
    (CLOSE_ROUND, 10, 0.0001, 1.0),
    (CLOSE_ROUND, 10, 0.00015, 1.0),
    ([None],),
    (None,),
    ("FV1",),
    ([{"batch": "A", "taken_at": "2024-03-01 08:00", "gravity": 1.0}],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(stall_alerts, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(stall_alerts, reference, series("K", STUCK), terminal_gravity=1.0, window_hours=6)
    assert_same(stall_alerts, reference, readings=TWO, min_drop=0.0005, window_hours=3)
    assert_same(stall_alerts, reference, series("K", STUCK), 6, min_drop=0.0015)


def _random_cases():
    rng = random.Random(8080)
    for _ in range(200):
        readings = []
        for batch in rng.sample(["FV1", "FV2", "FV3", "BBT1", "fv1"], rng.randint(0, 3)):
            when = BASE + timedelta(minutes=rng.randrange(0, 3000))
            gravity = rng.choice([1.048, 1.055, 1.070, 1.020])
            for _ in range(rng.randint(1, 50)):
                readings.append(Reading(batch, when.strftime(TIME_FORMAT), gravity, 19.0))
                when += timedelta(minutes=rng.choice([0, 15, 30, 60, 90, 240]))
                if rng.random() < 0.6:
                    gravity = round(gravity - rng.choice([0.0, 0.0001, 0.0005, 0.001, 0.003]), 4)
                elif rng.random() < 0.1:
                    gravity = round(gravity + 0.0003, 4)
        if rng.random() < 0.5:
            rng.shuffle(readings)
        window = rng.choice([1, 2, 3.5, 6, 12, 24, 24.0, 48])
        if rng.random() < 0.3:
            yield (readings, window)
        else:
            yield (readings, window, rng.choice([0.0005, 0.001, 0.002, 0.003]), rng.choice([1.0, 1.010, 1.012, 1.030]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(stall_alerts, reference, *case)


def test_cellar_month() -> None:
    """Two fermenters logging every 30 minutes for ten days, one stuck for two days, shuffled together."""
    rng = random.Random(31)
    readings = []
    for batch, stuck_from in (("FV07", 70), ("FV08", None)):
        t = 0.0
        for step in range(480):
            hours = step / 2
            if stuck_from is None or not stuck_from <= hours < stuck_from + 48:
                t += 0.5
            gravity = 1.010 + 0.045 / (1 + math.exp((t - 60) / 14))
            when = BASE + timedelta(minutes=30 * step)
            readings.append(Reading(batch, when.strftime(TIME_FORMAT), round(gravity + rng.gauss(0, 0.00015), 4), 19.0))
    rng.shuffle(readings)
    assert_same(stall_alerts, reference, readings)
