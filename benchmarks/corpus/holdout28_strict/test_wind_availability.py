"""Strict equivalence tests for monthly_availability (never shown to wattlens)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from scada.availability import AvailabilityReport, monthly_availability
from scada.powercurve import PowerCurve
from scada.records import TenMinuteRecord, TurbineLog

TARGET = "scada/availability.py:monthly_availability"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_STATUS_RUNNING = 0
_REF_STATUS_WEATHER = 1
_REF_STATUS_FAULT = 2
_REF_STATUS_MAINTENANCE = 3
_REF_STATUS_GRID = 4


def _ref_expected_power(curve, wind_speed):
    points = curve.points
    if not points or wind_speed < points[0][0] or wind_speed > points[-1][0]:
        return 0.0
    for (low_speed, low_power), (high_speed, high_power) in zip(points, points[1:]):
        if low_speed <= wind_speed <= high_speed:
            if high_speed == low_speed:
                return float(high_power)
            share = (wind_speed - low_speed) / (high_speed - low_speed)
            return low_power + share * (high_power - low_power)
    return float(points[-1][1])


def reference(log, curve, month_minutes=43200):
    if month_minutes <= 0 or month_minutes % 10:
        raise ValueError(f"a month of {month_minutes} minutes is not a whole number of periods")
    periods = month_minutes // 10
    available = excused = seen = fault_stops = 0
    produced_kwh = lost_kwh = 0.0
    for i in range(len(log.records)):
        record = log.records[i]
        if not 0 <= record.minute < month_minutes:
            raise ValueError(f"{log.turbine}: record at minute {record.minute} is outside the month")
        if i and log.records[i - 1].minute == record.minute:
            raise ValueError(f"{log.turbine}: two records for minute {record.minute}")
        seen += 1
        power = max(record.power_kw, 0.0)
        produced_kwh += power / 6
        if record.status == _REF_STATUS_RUNNING:
            available += 1
        elif record.status in (_REF_STATUS_WEATHER, _REF_STATUS_GRID):
            excused += 1
        elif record.status in (_REF_STATUS_FAULT, _REF_STATUS_MAINTENANCE):
            lost_kwh += max(_ref_expected_power(curve, record.wind_speed) - power, 0.0) / 6
            if record.status == _REF_STATUS_FAULT and (i == 0 or log.records[i - 1].status != _REF_STATUS_FAULT):
                fault_stops += 1
        else:
            raise ValueError(f"{log.turbine}: unknown status {record.status!r} at minute {record.minute}")
    counted = periods - excused
    time_availability = round(100 * available / counted, 2) if counted else 100.0
    possible_kwh = produced_kwh + lost_kwh
    energy_availability = round(100 * produced_kwh / possible_kwh, 2) if possible_kwh else 100.0
    return AvailabilityReport(log.turbine, periods, periods - seen, time_availability, round(produced_kwh / 1000, 3),
                              round(lost_kwh / 1000, 3), energy_availability, fault_stops)


# --- cases -------------------------------------------------------------------------------

CURVE = PowerCurve(((3.0, 0.0), (4.0, 66.0), (6.0, 352.0), (8.0, 1002.0), (10.0, 2011.0), (12.0, 2920.0),
                    (14.0, 3300.0), (25.0, 3300.0)))
STEP = PowerCurve(((3, 0), (10, 0), (10, 2000), (25, 2000)))
EMPTY = PowerCurve(())
T = TenMinuteRecord


def log(records, name="WTG-01"):
    return TurbineLog(name, 3300.0, records)


MIXED = [T(0, 9.0, 1500.0, 0), T(10, 9.5, 0.0, 2), T(20, 9.7, -4.0, 2), T(30, 2.1, 0.0, 1), T(40, 8.8, 1300.0, 0),
         T(60, 11.0, 0.0, 3), T(70, 11.0, 0.0, 2), T(80, 11.0, 500.0, 4), T(90, 11.0, 0.0, 2)]

CASES = [
    (log([]), CURVE),
    (log([]), CURVE, 10),
    (log([]), CURVE, 0),
    (log([]), CURVE, -10),
    (log([]), CURVE, 65),
    (log([]), CURVE, 43200.0),
    (log([]), CURVE, 43205.0),
    (log([]), CURVE, True),
    (log([]), CURVE, None),
    (log([]), CURVE, "43200"),
    (log(MIXED), CURVE, 100),
    (log(MIXED), CURVE),
    (log(MIXED), STEP, 100),
    (log(MIXED), EMPTY, 100),
    (log(MIXED), CURVE, 90),
    (log(MIXED), CURVE, 100.0),
    (log(MIXED[::-1]), CURVE, 100),
    (log([T(0, 9.0, 1500.0, 0)]), CURVE, 10),
    (log([T(0, 9.0, 1500.0, 2)]), CURVE, 10),
    (log([T(0, 9.0, 0.0, 2), T(10, 9.0, 0.0, 2)]), CURVE, 20),
    (log([T(0, 9.0, 0.0, 2), T(10, 9.0, 0.0, 3), T(20, 9.0, 0.0, 2)]), CURVE, 30),
    (log([T(0, 9.0, 0.0, 2), T(20, 9.0, 0.0, 2)]), CURVE, 30),
    (log([T(0, 2.0, 0.0, 1), T(10, 2.0, 0.0, 4)]), CURVE, 20),
    (log([T(0, 2.0, 0.0, 1)]), CURVE, 20),
    (log([T(0, 0.0, 0.0, 0)]), CURVE, 10),
    (log([T(0, 9.0, -15.0, 0)]), CURVE, 10),
    (log([T(0, 9.0, 2000.0, 2)]), CURVE, 10),
    (log([T(0, 9.0, 5000.0, 3)]), CURVE, 10),
    (log([T(0, 3.0, 0.0, 2), T(10, 25.0, 0.0, 2), T(20, 25.01, 0.0, 2), T(30, 2.99, 0.0, 2)]), CURVE, 40),
    (log([T(0, 10.0, 0.0, 2)]), STEP, 10),
    (log([T(0, 9.999, 0.0, 2)]), STEP, 10),
    (log([T(0, float("nan"), 0.0, 2)]), CURVE, 10),
    (log([T(0, float("inf"), 0.0, 2)]), CURVE, 10),
    (log([T(0, 9.0, float("-inf"), 0)]), CURVE, 10),
    (log([T(0, 9.0, 1e300, 0), T(10, 9.0, 1e300, 0)]), CURVE, 20),
    (log([T(0, 9.0, 1e-300, 0)]), CURVE, 10),
    (log([T(0, 9, 1500, 0), T(10, 9, 0, 2)]), CURVE, 20),
    (log([T(0, 9.0, 0.0, 2)]), PowerCurve(((3, 0), (25, 3000))), 10),
    (log([T(0, 9.0, 0.0, 2)]), PowerCurve(((9.0, 1000.0),)), 10),
    (log([T(0, 9.0, 0.0, 2)]), PowerCurve(((9.0, 1000),)), 10),
    (log([T(0, 9.0, 0.0, 2)]), PowerCurve(((10.0, 1000.0), (5.0, 10.0))), 10),
    (log([T(0, 9.0, 0.0, 2)]), PowerCurve(((3, 0), (9, 700), (9, 900), (25, 3000))), 10),
    (log([T(0, 9.0, 0.0, 2)]), None, 10),
    (log([T(0, 9.0, 0.0, 0)]), None, 10),
    (log([T(-10, 9.0, 0.0, 0)]), CURVE, 10),
    (log([T(10, 9.0, 0.0, 0)]), CURVE, 10),
    (log([T(5, 9.0, 0.0, 0)]), CURVE, 10),
    (log([T(0, 9.0, 0.0, 0), T(0, 9.0, 0.0, 0)]), CURVE, 20),
    (log([T(0, 9.0, 0.0, 0), T(0.0, 9.0, 0.0, 2)]), CURVE, 20),
    (log([T(0, 9.0, 0.0, 0), T(10, 9.0, 0.0, 0), T(10, 9.0, 0.0, 9)]), CURVE, 20),
    (log([T(0, 9.0, 0.0, 5)]), CURVE, 10),
    (log([T(0, 9.0, 0.0, -1)]), CURVE, 10),
    (log([T(0, 9.0, 0.0, None)]), CURVE, 10),
    (log([T(0, 9.0, 0.0, "0")]), CURVE, 10),
    (log([T(0, 9.0, 0.0, 0.0), T(10, 9.0, 0.0, 2.0), T(20, 9.0, 0.0, 2)]), CURVE, 30),
    (log([T(0, 9.0, 0.0, True), T(10, 9.0, 0.0, False)]), CURVE, 20),
    (log([T(0, 9.0, 500.0, 0), T(10, 9.0, 0.0, 5)]), CURVE, 20),
    (log([T(0, 9.0, None, 0)]), CURVE, 10),
    (log([T(0, None, 0.0, 2)]), CURVE, 10),
    (log([T(0, None, 0.0, 0)]), CURVE, 10),
    (log([T(True, 9.0, 100.0, 0)]), CURVE, 10),
    (log([T(0, 9.0, 100.0, 0)], name="\u98ce\u673a-07 \u00e9olienne"), CURVE, 10),
    (log([T(0, 9.0, 100.0, 9)], name=None), CURVE, 10),
    (log([T(i * 10, 9.0, 1000.0, 1) for i in range(6)]), CURVE, 60),
    (log([T(i * 10, 9.0, 1000.0, i % 5) for i in range(30)]), CURVE, 300),
    (log([T(i * 10, 4.0 + i / 10, 0.0, 2 + i % 2) for i in range(30)]), CURVE, 300),
    (log([T(i * 10, 4.0 + i / 10, 100.0 * i, 0) for i in range(0, 30, 3)]), CURVE, 300),
    (log([T(i * 10, 9.0, 1000.0, 0) for i in range(4464)]), CURVE, 44640),
    (SimpleNamespace(turbine="Look-alike", records=MIXED), CURVE, 100),
    (SimpleNamespace(turbine="Unsorted", records=[T(10, 9.0, 0.0, 2), T(0, 9.0, 0.0, 2), T(10, 9.0, 0.0, 2)]), CURVE, 20),
    (SimpleNamespace(turbine="Tuple", records=tuple(MIXED)), CURVE, 100),
    (SimpleNamespace(turbine="Gap", records=[T(0, 9.0, 0.0, 2), T(20, 9.0, 0.0, 3), T(10, 9.0, 0.0, 2)]), CURVE, 30),
    (SimpleNamespace(records=MIXED), CURVE, 100),
    (SimpleNamespace(records=[]), CURVE, 100),
    (SimpleNamespace(turbine="No records"), CURVE, 100),
    (SimpleNamespace(turbine="None", records=[None]), CURVE, 100),
    (SimpleNamespace(turbine="Dicts", records=[{"minute": 0}]), CURVE, 100),
    (SimpleNamespace(turbine="NS", records=[SimpleNamespace(minute=0, wind_speed=9.0, power_kw=100.0, status=0)]), CURVE, 10),
    (SimpleNamespace(turbine="NS", records=[SimpleNamespace(minute=0, wind_speed=9.0, power_kw=100.0, status=2)]),
     SimpleNamespace(points=[(3.0, 0.0), (12.0, 3000.0)]), 10),
    (None, CURVE, 10),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(monthly_availability, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(monthly_availability, reference, log=log(MIXED), curve=CURVE, month_minutes=100)
    assert_same(monthly_availability, reference, log(MIXED), CURVE, month_minutes=200)


def test_log_is_reusable() -> None:
    turbine = log(MIXED)
    first = monthly_availability(turbine, CURVE, 100)
    assert first == monthly_availability(turbine, CURVE, 100) == reference(turbine, CURVE, 100)
    assert turbine.records == sorted(MIXED, key=lambda record: record.minute)


def _random_cases():
    rng = random.Random(28004)
    curves = [CURVE, STEP, EMPTY, PowerCurve(((3.5, 0.0), (13.0, 2000.0), (22.0, 2000.0)))]
    for _ in range(230):
        periods = rng.randint(1, 40)
        records = []
        for period in range(periods):
            if rng.random() < 0.1:
                continue
            records.append(T(period * 10, round(rng.uniform(0, 27), 2), rng.choice([0.0, -3.0, round(rng.uniform(0, 3300), 1)]),
                             rng.choice([0, 0, 0, 1, 2, 2, 3, 4])))
        roll = rng.random()
        if records and roll < 0.04:
            records.append(T(records[0].minute, 5.0, 0.0, 0))
        elif records and roll < 0.08:
            records.append(T(periods * 10, 5.0, 0.0, 0))
        elif records and roll < 0.1:
            records.append(T(periods * 10 - 10 if periods else 0, 5.0, 0.0, 7))
        rng.shuffle(records)
        month = periods * 10 + rng.choice([0, 0, 0, 10, 50])
        yield (log(records, f"WTG-{rng.randint(1, 30):02d}"), rng.choice(curves), month)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(monthly_availability, reference, *case)


def test_full_month() -> None:
    """A realistic 30-day month of a 3.3 MW turbine, with faults, maintenance and missing periods."""
    rng = random.Random(77)
    records = []
    wind, status = 7.0, 0
    for period in range(30 * 144):
        wind = min(max(wind + rng.gauss(0, 0.6), 0.0), 28.0)
        if status == 0 and rng.random() < 0.003:
            status = rng.choice([2, 2, 3, 4])
        elif status and rng.random() < 0.08:
            status = 0
        code = 1 if wind < 3.0 or wind > 25.0 else status
        if rng.random() < 0.004:
            continue
        records.append(T(period * 10, round(wind, 2), round(min(3300.0, (wind - 3.0) ** 3 * 3.1) if code == 0 and wind > 3 else -2.0, 1), code))
    assert_same(monthly_availability, reference, log(records), CURVE)
