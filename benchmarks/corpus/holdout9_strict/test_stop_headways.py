"""Strict equivalence tests for stop_headways (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from transitfeed.headways import stop_headways
from strict_support import assert_same

TARGET = "transitfeed/headways.py:stop_headways"


def _parse(text):
    hours, minutes, seconds = text.strip().split(":")
    if len(minutes) != 2 or len(seconds) != 2 or not 0 <= int(minutes) < 60 or not 0 <= int(seconds) < 60:
        raise ValueError(f"bad GTFS time: {text!r}")
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds)


def reference(rows):
    departures = {}
    for _trip_id, stop_id, departure in rows:
        departures.setdefault(stop_id, []).append(_parse(departure))
    report = {}
    for stop_id, times in departures.items():
        waits = []
        for time in times:
            later = [other for other in times if other > time]
            if later:
                waits.append(min(later) - time)
        report[stop_id] = {
            "departures": len(times),
            "min_wait": min(waits) / 60 if waits else None,
            "max_wait": max(waits) / 60 if waits else None,
            "mean_wait": round(sum(waits) / len(waits) / 60, 1) if waits else None,
        }
    return report


CASES = [
    [],
    [("t1", "A", "8:00:00")],
    [("t1", "A", "8:00:00"), ("t2", "A", "8:00:00")],
    [("t1", "A", "8:00:00"), ("t2", "A", "8:00:00"), ("t3", "A", "8:06:00")],
    [("t1", "A", "8:06:00"), ("t2", "A", "8:00:00"), ("t3", "A", "8:00:00")],
    [("t1", "A", "8:00:00"), ("t2", "A", "8:10:00"), ("t3", "A", "8:20:00")],
    [("t3", "A", "9:00:00"), ("t1", "A", "8:00:00"), ("t2", "A", "8:15:00")],
    [("t1", "A", "23:50:00"), ("t2", "A", "24:05:00"), ("t3", "A", "25:59:59")],
    [("t1", "A", "0:00:00"), ("t2", "A", "0:00:01")],
    [("t1", "A", "08:00:00"), ("t2", "A", "8:00:00"), ("t3", "A", " 8:00:30\n")],
    [("t1", "A", "8:00:00"), ("t1", "A", "8:00:00"), ("t1", "A", "8:00:00")],
    [("t1", "Z", "8:00:00"), ("t1", "A", "8:05:00"), ("t2", "Z", "8:30:00")],
    [("t1", "Z", "8:00:00"), ("t1", "z", "8:05:00"), ("t2", "Ž", "8:30:00"), ("t3", "Ž", "8:31:00")],
    [("t1", "", "8:00:00"), ("t2", "", "8:01:00")],
    [("t1", 5, "8:00:00"), ("t2", 5.0, "8:01:00")],
    [("t1", ("A", 1), "8:00:00"), ("t2", ("A", 1), "8:00:07")],
    [("t1", "A", "7:5:30")],
    [("t1", "A", "7:05:60")],
    [("t1", "A", "7:60:00")],
    [("t1", "A", "7:05")],
    [("t1", "A", "")],
    [("t1", "A", "x:05:00")],
    [("t1", "A", "-1:05:00"), ("t2", "A", "0:05:00")],
    [("t1", "A", "8:00:00"), ("t2", "A", "8:00:00:00")],
    [("t1", "A", "8:00:00"), ("t2", "A", None)],
    [("t1", "A")],
    [("t1", "A", "8:00:00", "extra")],
    [("t1", "A", "8:00:00"), ("t2", "B", "8:0a:00")],
    [("t1", "A", "8:00:00"), ("t2", "A", "8:00:20"), ("t3", "A", "8:00:40"), ("t4", "A", "8:01:50")],
    [("t1", "A", "8:00:00"), ("t2", "A", "8:00:01"), ("t3", "A", "8:00:03")],
    [("t1", "A", "8:00:00"), ("t2", "A", "8:00:03"), ("t3", "A", "8:00:04")],
    [("t", "A", "8:00:00"), ("t", "A", "8:07:00"), ("t", "A", "8:07:00"), ("t", "A", "8:00:00"), ("t", "A", "8:03:00")],
    [("t", "A", "٨:٠٠:٠٠"), ("t", "A", "8:00:30")],
    [("t", "A", "8:00:00"), ("t", "B", "8:00:00"), ("t", "A", "9:00:00"), ("t", "B", "8:00:00")],
]


def _clock(seconds):
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _random():
    rng = random.Random(1829)
    for n in range(150):
        stops = [f"S{k}" for k in range(rng.randint(1, 6))]
        rows = []
        for _ in range(rng.randint(0, 40)):
            if n % 3 == 0:
                seconds = rng.randint(8 * 3600, 8 * 3600 + 600)
            else:
                seconds = rng.randrange(4 * 3600, 26 * 3600, rng.choice([1, 60, 300]))
            rows.append((f"T{rng.randint(0, 9)}", rng.choice(stops), _clock(seconds)))
        if rng.random() < 0.04 and rows:
            rows.insert(rng.randrange(len(rows)), ("T0", "S0", "8:61:00"))
        yield rows


@pytest.mark.parametrize("rows", CASES + list(_random()))
def test_same_as_reference(rows) -> None:
    assert_same(stop_headways, reference, rows)


@pytest.mark.parametrize("seed", range(3))
def test_busy_stops(seed) -> None:
    rng = random.Random(seed)
    rows = [(f"T{n}", f"S{rng.randint(0, 4)}", _clock(rng.randrange(5 * 3600, 25 * 3600, 30))) for n in range(2500)]
    assert_same(stop_headways, reference, rows)


def test_generator_input() -> None:
    rows = [("t1", "A", "8:00:00"), ("t2", "A", "8:10:00")]
    assert stop_headways(iter(rows)) == reference(rows)
