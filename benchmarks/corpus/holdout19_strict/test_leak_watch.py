"""Strict equivalence tests for flag_leaks (never shown to wattlens)."""

from __future__ import annotations

import random
import statistics
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from leakwatch.alerts import LeakAlert, flag_leaks
from leakwatch.readings import Reading
from strict_support import assert_same

TARGET = "leakwatch/alerts.py:flag_leaks"


# --- verbatim copy of the original implementation and its helpers -------------------------

def district_baseline(readings, district, day):
    values = [reading.litres for reading in readings if reading.district == district and reading.day == day]
    return statistics.mean(values), statistics.pstdev(values)


def day_gap(earlier, later):
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def reference(readings, sigma=3.0, night_threshold=30, min_days=3):
    alerts = []
    run = []

    def close_run():
        if len(run) >= min_days:
            first, last = run[0][0], run[-1][0]
            excess = 0.0
            for reading, mean in run:
                excess += reading.litres - mean
            alerts.append(LeakAlert(first.meter, first.district, first.day, last.day, len(run), round(excess, 1),
                                    all(reading.night_litres >= night_threshold for reading, _ in run)))
        run.clear()

    for reading in sorted(readings, key=lambda item: (item.meter, item.day)):
        mean, spread = district_baseline(readings, reading.district, reading.day)
        suspicious = reading.litres > mean + sigma * spread or reading.night_litres >= night_threshold
        if run:
            previous = run[-1][0]
            if previous.meter != reading.meter or day_gap(previous.day, reading.day) != 1 or not suspicious:
                close_run()
        if suspicious:
            run.append((reading, mean))
    close_run()
    return alerts


# --- cases -------------------------------------------------------------------------------

def series(meter, district, litres, night=0, start="2024-03-01"):
    first = date.fromisoformat(start)
    nights = night if isinstance(night, list) else [night] * len(litres)
    return [Reading(meter, district, (first + timedelta(days=n)).isoformat(), value, nights[n])
            for n, value in enumerate(litres)]


def neighbours(district="D1", count=6, litres=300, days=5, start="2024-03-01"):
    return [r for n in range(count) for r in series(f"N{n}", district, [litres] * days, start=start)]


BASE = neighbours()
LEAK_NIGHT = series("LEAK", "D1", [300] * 5, night=40)
LEAK_HIGH = series("LEAK", "D1", [300, 2000, 2000, 2000, 300])

CASES = [
    ([],),
    ((),),
    (BASE,),
    (tuple(BASE),),
    (BASE + LEAK_NIGHT,),
    (LEAK_NIGHT + BASE,),
    (LEAK_NIGHT,),
    (LEAK_HIGH + BASE,),
    (LEAK_HIGH + BASE, 2.0),
    (LEAK_HIGH + BASE, 0.0),
    (LEAK_HIGH + BASE, -1.0),
    (LEAK_HIGH + BASE, 2.0, 30, 1),
    (LEAK_HIGH + BASE, 2.0, 30, 4),
    (BASE + LEAK_NIGHT, 3.0, 40),
    (BASE + LEAK_NIGHT, 3.0, 41),
    (BASE + LEAK_NIGHT, 3.0, 0),
    (BASE + LEAK_NIGHT, 3.0, -5, 5),
    (BASE + LEAK_NIGHT, 3.0, 30, 5),
    (BASE + LEAK_NIGHT, 3.0, 30, 6),
    (BASE + LEAK_NIGHT, 3.0, 30, 0),
    ([], 3.0, 30, 0),
    ([], 3.0, 30, -1),
    (BASE, 3.0, 30, 0),
    (BASE, 3.0, 30, -2),
    # a single reading: pstdev 0, only night flow can flag it
    ([Reading("A", "D", "2024-01-01", 500, 0)], 3.0, 30, 1),
    ([Reading("A", "D", "2024-01-01", 500, 50)], 3.0, 30, 1),
    # gaps, month and leap-day boundaries
    (series("L", "D", [0] * 4, night=35, start="2024-02-27") + neighbours("D", 3, 0, 4, "2024-02-27"),),
    (series("L", "D", [0] * 3, night=35, start="2023-02-27"),),
    (series("L", "D", [0] * 3, night=35, start="2023-12-30"),),
    (series("L", "D", [0] * 2, night=35) + series("L", "D", [0] * 2, night=35, start="2024-03-04"),),
    (series("L", "D", [0] * 2, night=35) + series("L", "D", [0] * 2, night=35, start="2024-03-04"), 3.0, 30, 2),
    (series("L", "D", [0] * 6, night=[35, 35, 35, 0, 35, 35]),),
    (series("L", "D", [0] * 6, night=[35, 35, 35, 0, 35, 35]), 3.0, 30, 2),
    (series("L", "D", [0] * 6, night=[35, 35, 35, 35, 35, 35]) + series("M", "D", [0] * 6, night=35),),
    # duplicate readings for the same meter and day
    (LEAK_NIGHT + LEAK_NIGHT[1:2] + BASE,),
    (LEAK_NIGHT[:3] + LEAK_NIGHT[:3],),
    (LEAK_NIGHT[:3] + LEAK_NIGHT[:3], 3.0, 30, 1),
    # the same meter reported under two districts
    (series("L", "D1", [900] * 4) + series("L", "D2", [900] * 4, start="2024-03-05") + neighbours("D1", 4, 100, 4)
     + neighbours("D2", 4, 100, 4, "2024-03-05"), 2.0),
    # ties, ordering and unicode meters
    (series("b", "D", [0] * 3, night=31) + series("B", "D", [0] * 3, night=31) + series("ä", "D", [0] * 3, night=31)
     + series("", "D", [0] * 3, night=31),),
    (series("M2", "Ω", [10, 10, 5000, 5000, 5000]) + neighbours("Ω", 10, 10), 1.0),
    # floats, fractions, rounding of the excess
    (series("F", "D", [1000.25, 1000.35, 1000.45]) + neighbours("D", 5, 0.1, 3), 1.0),
    (series("F", "D", [0.05, 0.15, 0.25], night=31),),
    (series("F", "D", [Fraction(1, 3)] * 3, night=31) + neighbours("D", 2, Fraction(1, 7), 3),),
    (series("F", "D", [True, True, True], night=31) + neighbours("D", 2, False, 3),),
    (series("F", "D", [-50, -50, -50], night=31) + neighbours("D", 2, -100, 3),),
    (series("F", "D", [10 ** 18] * 3, night=31) + neighbours("D", 2, 10 ** 17, 3),),
    (series("F", "D", [2000, 2000, 2000]) + neighbours("D", 3, 100, 3), 1.5, 2.5),
    (series("F", "D", [0, 0, 0], night=30.0),),
    (series("F", "D", [0, 0, 0], night=29.9),),
    # invalid input
    ([Reading("A", "D", "2024-03-01", None, 50)],),
    (BASE + [Reading("A", "D1", "2024-03-01", None, 50)],),
    ([Reading("A", "D", "2024-03-01", Decimal("5"), 50)],),
    ([Reading("A", "D", "2024-03-01", 5, None)],),
    ([Reading("A", "D", "2024-02-30", 5, 50), Reading("A", "D", "2024-03-01", 5, 50)],),
    ([Reading("A", "D", "2024-02-30", 5, 0), Reading("A", "D", "2024-03-01", 5, 0)],),
    ([Reading("A", "D", "yesterday", 5, 50), Reading("A", "D", "today", 5, 50)],),
    ([Reading("A", "D", "20240301", 5, 50), Reading("A", "D", "20240302", 5, 50), Reading("A", "D", "20240303", 5, 50)],),
    ([Reading("A", "D", "2024-03-01", 5, 50), Reading(None, "D", "2024-03-01", 5, 50)],),
    ([Reading("A", None, "2024-03-01", 5, 50), Reading("A", None, "2024-03-02", 5, 50),
      Reading("A", None, "2024-03-03", 5, 50)],),
    ([Reading("A", "D", "2024-03-01", 5, 50), None],),
    (BASE, None),
    (BASE + LEAK_NIGHT, 3.0, None),
    (BASE + LEAK_NIGHT, 3.0, 30, None),
    (BASE + LEAK_NIGHT, 3.0, 30, 2.5),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(flag_leaks, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(flag_leaks, reference, min_days=2, night_threshold=35, sigma=1.0, readings=BASE + LEAK_HIGH + LEAK_NIGHT)


def test_input_list_is_not_reordered() -> None:
    readings = LEAK_NIGHT[::-1] + BASE
    before = list(readings)
    flag_leaks(readings)
    assert readings == before


def _random_cases():
    rng = random.Random(2718)
    for index in range(170):
        districts = [f"D{n}" for n in range(rng.randint(1, 4))]
        start = date(2024, rng.choice([1, 2, 12]), rng.randint(1, 28))
        days = rng.randint(1, 10)
        readings = []
        for number in range(rng.randint(0, 9)):
            meter, district = f"M{number}", rng.choice(districts)
            base = rng.choice([80, 150, 300, 450])
            leak_from = rng.randrange(days) if rng.random() < 0.4 else days
            leak = rng.choice([100, 400, 2000])
            for offset in range(days):
                if rng.random() < 0.08:
                    continue  # missing reading
                litres = base + rng.randint(-40, 40) + (leak if offset >= leak_from else 0)
                if rng.random() < 0.1:
                    litres = litres + 0.5
                night = rng.randint(0, 8) + (leak // 20 if offset >= leak_from else 0)
                readings.append(Reading(meter, district, (start + timedelta(days=offset)).isoformat(), litres, night))
        rng.shuffle(readings)
        if readings and index % 6 == 0:
            readings.append(rng.choice(readings))
        yield readings, rng.choice([1.0, 1.5, 2.0, 2.5, 3.0]), rng.choice([10, 20, 25, 30]), rng.choice([1, 2, 3, 4])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(flag_leaks, reference, *case)


def test_large_network() -> None:
    rng = random.Random(77)
    readings = []
    for number in range(60):
        district = f"DMA-{number % 5}"
        leak_from = rng.randrange(20) if number % 7 == 0 else 99
        for offset in range(20):
            day = (date(2024, 2, 20) + timedelta(days=offset)).isoformat()
            leak = offset >= leak_from
            readings.append(Reading(f"WM{number:04d}", district, day, rng.randint(150, 450) + (2500 if leak else 0),
                                    rng.randint(0, 6) + (40 if leak else 0)))
    rng.shuffle(readings)
    assert_same(flag_leaks, reference, readings, 2.5, 25, 3)
