"""Strict equivalence tests for monthly_degree_days (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from degreedays.report import Observation, monthly_degree_days
from strict_support import assert_same

TARGET = "degreedays/report.py:monthly_degree_days"


def reference(observations, base_c=15.5):
    stations = sorted({obs.station for obs in observations})
    days = sorted({obs.timestamp[:10] for obs in observations})
    report = {}
    for station in stations:
        months = {}
        for day in days:
            temps = [obs.temp_c for obs in observations if obs.station == station and obs.timestamp[:10] == day]
            if not temps:
                continue
            mean = sum(temps) / len(temps)
            heating = max(0.0, base_c - mean)
            cooling = max(0.0, mean - base_c)
            month = day[:7]
            h, c = months.get(month, (0.0, 0.0))
            months[month] = (h + heating, c + cooling)
        report[station] = {month: (round(h, 1), round(c, 1)) for month, (h, c) in months.items()}
    return report


O = Observation
CASES = [
    ([],),
    ([], 0),
    ([O("A", "2023-01-01T00:00", 5.0)],),
    ([O("A", "2023-01-01T00:00", 15.5)],),
    ([O("A", "2023-01-01T00:00", 15)],),
    ([O("A", "2023-01-01T00:00", 15)], 15),
    ([O("A", "2023-01-01T00:00", 3)], 15),
    ([O("A", "2023-01-01T00:00", 30)], 15),
    ([O("A", "2023-01-01T00:00", -0.0)], 0.0),
    ([O("A", "2023-01-01T00:00", 0.0)], -0.0),
    ([O("A", "2023-01-01T00:00", 0.1), O("A", "2023-01-01T03:00", 0.2), O("A", "2023-01-01T06:00", 0.3)],),
    ([O("A", "2023-01-01T06:00", 0.3), O("A", "2023-01-01T00:00", 0.1), O("A", "2023-01-01T03:00", 0.2)],),
    ([O("A", "2023-01-01T00:00", 1e16), O("A", "2023-01-01T03:00", 1.0), O("A", "2023-01-01T06:00", -1e16)],),
    ([O("A", "2023-01-01T06:00", -1e16), O("A", "2023-01-01T00:00", 1e16), O("A", "2023-01-01T03:00", 1.0)],),
    ([O("A", "2023-01-31T23:00", 1.0), O("A", "2023-02-01T00:00", 2.0)],),
    ([O("B", "2023-01-01T00:00", 1.0), O("A", "2023-01-01T00:00", 2.0)],),
    ([O("b", "2023-01-01T00:00", 1.0), O("B", "2023-01-01T00:00", 2.0), O("Ä", "2023-01-01T00:00", 3.0)],),
    ([O("A", "2023-01-01", 1.0), O("A", "2023-01-01T12:00", 3.0)],),
    ([O("A", "2023-01-01 12:00", 1.0), O("A", "2023-01-01T12:00", 3.0)],),
    ([O("A", "2023-1-1T00:00", 1.0), O("A", "2023-01-01T12:00", 3.0)],),
    ([O("A", "", 1.0)],),
    ([O("A", "2023", 1.0), O("A", "2023-06", 20.0)],),
    ([O("A", "2023-01-01T00:00\n", 1.0)],),
    ([O("", "2023-01-01T00:00", 1.0), O(" ", "2023-01-01T00:00", 2.0)],),
    ([O("A", "2023-01-01T00:00", 1.0)] * 3,),
    ([O("A", "2023-01-01T00:00", 1.0), O("A", "2023-01-02T00:00", float("nan"))],),
    ([O("A", "2023-01-01T00:00", float("inf"))],),
    ([O("A", "2023-01-01T00:00", float("-inf"))],),
    ([O("A", "2023-01-01T00:00", True), O("A", "2023-01-01T01:00", False)],),
    ([O("A", "2023-01-01T00:00", 1.0)], 15),
    ([O("A", "2023-01-01T00:00", 1.0)], -40),
    ([O("A", "2023-01-01T00:00", "cold")],),
    ([O("A", "2023-01-01T00:00", None)],),
    ([O("A", "2023-01-01T00:00", 1.0), O(None, "2023-01-01T00:00", 1.0)],),
    ([O("A", "2023-01-01T00:00", 1.0), O("B", None, 1.0)],),
    ([O("A", "2023-01-01T00:00", 1.0)], "15"),
    ((O("A", "2023-01-01T00:00", 1.0), O("A", "2023-01-01T05:00", 2.0)),),
    ([O(1, "2023-01-01T00:00", 1.0), O(True, "2023-01-01T03:00", 5.0), O(2, "2023-01-01T00:00", 1.0)],),
    ([O("A", "2023-12-31T21:00", 2.0), O("A", "2024-01-01T00:00", 3.0), O("A", "2024-02-29T12:00", 4.0)],),
]


def _random_cases():
    rng = random.Random(5555)
    for _ in range(130):
        stations = rng.sample(["EHAM", "EGLL", "Zürich", "A", "a", "B"], rng.randint(1, 4))
        observations = []
        for _ in range(rng.randint(0, 70)):
            day = rng.randint(1, 62)
            month, dom = (1, day) if day <= 31 else (2, day - 31)
            if dom > 28:
                dom = 28
            stamp = f"2023-{month:02d}-{dom:02d}T{rng.choice([0, 3, 6, 9, 12, 15, 18, 21]):02d}:00"
            temp = rng.choice([round(rng.uniform(-15, 35), 1), rng.randint(-10, 30), rng.uniform(-5, 25)])
            observations.append(O(rng.choice(stations), stamp, temp))
        base = rng.choice([15.5, 18, 18.0, 10.0, 0])
        yield (observations, base) if rng.random() < 0.7 else (observations,)


@pytest.mark.parametrize("args", CASES + list(_random_cases()))
def test_same_as_reference(args) -> None:
    assert_same(monthly_degree_days, reference, *args)


def test_keyword_base() -> None:
    data = [O("A", "2023-01-01T00:00", 1.0), O("A", "2023-01-02T00:00", 21.0)]
    assert monthly_degree_days(data, base_c=20.0) == reference(data, base_c=20.0)


def test_a_full_year() -> None:
    rng = random.Random(9)
    data = [O(s, f"2023-{m:02d}-{d:02d}T{h:02d}:00", round(rng.gauss(10, 8), 1))
            for s in ("X", "Y", "Z") for m in range(1, 13) for d in range(1, 29) for h in (0, 6, 12, 18)
            if rng.random() > 0.05]
    rng.shuffle(data)
    assert_same(monthly_degree_days, reference, data)
