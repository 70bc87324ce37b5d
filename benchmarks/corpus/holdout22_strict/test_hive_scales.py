"""Strict equivalence tests for hive_report (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from apiary.scales import hive_report
from strict_support import assert_same

TARGET = "apiary/scales.py:hive_report"


# --- verbatim copy of the original implementation and its helpers -------------------------

@dataclass(frozen=True)
class Reading:
    hive: str
    taken: datetime
    weight: float
    temperature: float | None


def parse_reading(line):
    hive, taken, weight, temperature = (field.strip() for field in line.split(","))
    return Reading(hive, datetime.fromisoformat(taken), float(weight), float(temperature) if temperature else None)


def reference(lines, hives=None, swarm_drop=1.0):
    body = [line for line in lines[1:] if line.strip()]
    hive_ids = hives or sorted({line.split(",")[0].strip() for line in body})
    report = {}
    for hive in hive_ids:
        readings = [parse_reading(line) for line in body if parse_reading(line).hive == hive]
        readings.sort(key=lambda reading: reading.taken)
        days = {}
        for reading in readings:
            day = days.setdefault(reading.taken.date().isoformat(),
                                  {"first": reading.weight, "min": reading.weight, "max": reading.weight, "readings": 0})
            day["last"] = reading.weight
            day["min"] = min(day["min"], reading.weight)
            day["max"] = max(day["max"], reading.weight)
            day["readings"] += 1
        swarms = []
        for previous, current in zip(readings, readings[1:]):
            if current.taken - previous.taken <= timedelta(minutes=30) and 10 <= current.taken.hour < 16 \
                    and previous.weight - current.weight >= swarm_drop:
                swarms.append(current.taken.isoformat(timespec="minutes"))
        temperatures = [reading.temperature for reading in readings if reading.temperature is not None]
        report[hive] = {
            "days": {date: {"net": round(day["last"] - day["first"], 2), "min": day["min"], "max": day["max"],
                            "readings": day["readings"]} for date, day in days.items()},
            "swarms": swarms,
            "mean_temperature": round(sum(temperatures) / len(temperatures), 1) if temperatures else None,
        }
    return report


# --- cases -------------------------------------------------------------------------------

H = "hive,taken,weight_kg,temp_c"
DAY = [H, "H1,2024-06-01T06:00,40.0,34", "H1,2024-06-01T20:00,41.25,35", "H1,2024-06-01T12:00,39.5,", "",
       "H1,2024-06-02T06:00,41.0,35", "H2,2024-06-01T11:00,45.0,", "H2,2024-06-01T11:15,42.8,",
       "H2,2024-06-01T18:00,40.0,", "H2,2024-06-01T18:15,38.0,", "H2,2024-06-02T12:00,36.0,33.3"]
SWARM = [H, "S,2024-06-01T09:50,50.0,", "S,2024-06-01T10:00,48.0,", "S,2024-06-01T10:30,47.0,", "S,2024-06-01T11:00:01,45.0,",
         "S,2024-06-01T15:59,44.0,", "S,2024-06-01T15:59,43.0,", "S,2024-06-01T16:00,41.0,", "S,2024-06-01T16:20,40.0,"]

CASES = [
    ([],),
    ([H],),
    ([H, ""],),
    ([H, "", "   ", "\n"],),
    (["H1,2024-06-01T06:00,40.0,34"],),
    (DAY,),
    (DAY, None),
    (DAY, []),
    (DAY, ["H2"]),
    (DAY, ["H2", "H1"]),
    (DAY, ["H3"]),
    (DAY, ["H1", "H1"]),
    (DAY, ("H2",)),
    (DAY, "H1"),
    (DAY, ["h1", "H1 "]),
    ([H], ["H1"]),
    ([], ["H1"]),
    (DAY, None, 0),
    (DAY, None, 2.2),
    (DAY, None, 2.21),
    (DAY, None, -1),
    (DAY, None, 100),
    (DAY, None, True),
    (SWARM,),
    (SWARM, None, 1.0),
    (SWARM, None, 0.5),
    (SWARM, None, 2),
    (SWARM[:1] + list(reversed(SWARM[1:])),),
    (tuple(DAY),),
    (DAY + DAY[1:],),
    ([H, "A,2024-06-01T10:00,10,", "A,2024-06-01T10:00,8,", "A,2024-06-01T10:00,9,"],),
    ([H, "A,2024-06-01T10:00,10,", "A,2024-06-01T10:00,8,", "A,2024-06-01T10:00,9,"], None, 0),
    ([H, " A ,2024-06-01T10:00 , 10 , 30 ", "A,2024-06-01T10:10,8,\n", "a,2024-06-01T10:20,8,"],),
    ([H, "A,2024-06-01 10:00,10,", "A,2024-06-01,8,", "A,2024-06-01T10:00:30.5,7,", "A,2024-06-01T10:29:59,5,"],),
    ([H, "A,2024-06-01T10:00+02:00,10,", "A,2024-06-01T10:10+02:00,8,", "A,2024-06-01T09:15+01:00,6,"],),
    ([H, "A,2024-06-01T10:00+02:00,10,", "B,2024-06-01T10:10,8,"],),
    ([H, "A,2024-06-01T23:50,10,", "A,2024-06-02T00:10,8,", "A,2024-06-02T10:00,9,", "A,2024-06-02T10:30,7.9,"],),
    ([H, "A,2024-06-01T10:00,-1,", "A,2024-06-01T10:10,-3,0", "A,2024-06-01T11:00,0,-5.5"],),
    ([H, "A,2024-06-01T10:00,1e1,", "A,2024-06-01T10:10,8.999999999,", "A,2024-06-01T11:00,0.1,", "A,2024-06-01T11:01,0.3,"],),
    ([H, "A,2024-06-01T10:00,10,34.25", "A,2024-06-01T10:10,8,34.35", "A,2024-06-01T11:00,0,34.05"],),
    ([H, "A,2024-06-01T10:00,10, ", "A,2024-06-01T10:10,8,0", "A,2024-06-01T11:00,0,0.0"],),
    ([H, "Ö,2024-06-01T10:00,1,", "O,2024-06-01T10:00,2,", "ö,2024-06-01T10:00,3,", ",2024-06-01T10:00,4,"],),
    (["data line used as header,x", "A,2024-06-01T10:00,10,"],),
    (["A,2024-06-01T10:00,10,", "A,2024-06-01T10:10,8,"],),
    # malformed data
    ([H, "A,2024-06-01T10:00,10"],),
    ([H, "A,2024-06-01T10:00,10,,"],),
    ([H, "A,2024-06-01T10:00,ten,"],),
    ([H, "A,2024-06-01T10:00,,"],),
    ([H, "A,01/06/2024 10:00,10,"],),
    ([H, "A,2024-06-31T10:00,10,"],),
    ([H, "A,2024-06-01T10:00,10,warm"],),
    ([H, "A,2024-06-01T10:00,10,", "B,2024-06-01T10:00,x,"],),
    ([H, "A,2024-06-01T10:00,10,", "B,2024-06-01T10:00,x,"], ["A"]),
    ([H, "A,2024-06-01T10:00,10,", "garbage"], ["A"]),
    ([H, "garbage"], ["A"]),
    ([H, "garbage"], []),
    (["garbage"],),
    ([H, "A,2024-06-01T10:00+02:00,10,", "A,2024-06-01T10:10,8,"],),
    (None,),
    ([H, None],),
    ([None, "A,2024-06-01T10:00,10,"],),
    ([H, 42],),
    ("A,2024-06-01T10:00,10,",),
    (DAY, [None]),
    (DAY, [1]),
    (DAY, 5),
    (SWARM, None, None),
    (DAY, None, None),
    ([H, "A,2024-06-01T09:00,10,", "A,2024-06-01T09:10,8,"], None, None),
    ([H, "A,2024-06-01T10:00,10,", "A,2024-06-01T12:10,8,"], None, None),
    (SWARM, None, "1"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(hive_report, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(hive_report, reference, swarm_drop=0.5, hives=["S"], lines=SWARM)


def _random_cases():
    rng = random.Random(1606)
    for index in range(200):
        hives = rng.sample(["A", "B", "Heath-01", "Roof 2", "ö"], rng.randint(1, 4))
        start = datetime(2024, 6, rng.randint(1, 28), rng.randint(0, 23))
        body = []
        for hive in hives:
            when = start + timedelta(minutes=rng.randrange(0, 600))
            weight = rng.uniform(20, 60)
            for _ in range(rng.choice([0, 1, 3, 10, 40])):
                when += timedelta(minutes=rng.choice([0, 5, 15, 30, 31, 60, 300]))
                weight += rng.choice([0.0, 0.05, -0.05, 0.5, -1.0, -1.5, -2.5, 1.2])
                temperature = rng.choice(["", "34.5", "35", "33.9", "36.25"])
                body.append(f"{hive},{when.isoformat(timespec=rng.choice(['minutes', 'seconds']))},{weight:.2f},{temperature}")
        rng.shuffle(body)
        for _ in range(rng.choice([0, 0, 1, 2])):
            body.insert(rng.randint(0, len(body)), rng.choice(["", "  "]))
        if rng.random() < 0.04:
            body.insert(rng.randint(0, len(body)), "A,not-a-date,1,")
        lines = [H] + body
        selection = rng.choice([None, None, None, [], rng.sample(hives + ["Z"], rng.randint(1, 2))])
        if index % 4 == 0:
            yield lines, selection, rng.choice([0, 0.5, 1.0, 1.5, 3])
        elif selection is not None:
            yield lines, selection
        else:
            yield (lines,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(hive_report, reference, *case)


def test_month_of_uploads() -> None:
    rng = random.Random(7)
    body = []
    for hive in ("Orchard-01", "Orchard-02", "Heath-01", "Heath-02", "Roof-01", "Meadow-03"):
        weight = rng.uniform(30, 50)
        for step in range(400):
            when = datetime(2024, 6, 1) + timedelta(minutes=30 * step)
            weight += rng.gauss(0, 0.05) - (2.0 if rng.random() < 0.01 else 0)
            body.append(f"{hive},{when.isoformat(timespec='minutes')},{weight:.2f},{rng.gauss(34.5, 0.5):.1f}")
    rng.shuffle(body)
    assert_same(hive_report, reference, ["hive,taken,weight_kg,temp_c"] + body)
