"""Strict equivalence tests for detect_port_calls (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from portcalls.areas import Harbour
from portcalls.calls import PortCall, detect_port_calls
from portcalls.reports import PositionReport

TARGET = "portcalls/calls.py:detect_port_calls"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def _ref_harbour_at(harbours, lat, lon):
    for harbour in harbours:
        if harbour.south <= lat <= harbour.north and harbour.west <= lon <= harbour.east:
            return harbour
    return None


def _ref_when(timestamp):
    return datetime.strptime(timestamp, _REF_TIME_FORMAT)


def _ref_close_visit(visit, harbour, calls, min_stay_minutes, moored_knots):
    arrival, departure = visit[0].timestamp, visit[-1].timestamp
    minutes = (_ref_when(departure) - _ref_when(arrival)).total_seconds() / 60
    if minutes >= min_stay_minutes and any(report.sog <= moored_knots for report in visit):
        calls.append(PortCall(visit[0].mmsi, harbour.name, arrival, departure, round(minutes), len(visit)))


def reference(reports, harbours, min_stay_minutes=30, max_gap_minutes=120, moored_knots=0.5):
    if min_stay_minutes < 0:
        raise ValueError("the minimum stay cannot be negative")
    if max_gap_minutes <= 0:
        raise ValueError("the gap limit must be positive")
    ordered = sorted(reports, key=lambda report: (report.mmsi, _ref_when(report.timestamp)))
    calls = []
    visit = []
    where = None
    for report in ordered:
        harbour = _ref_harbour_at(harbours, report.lat, report.lon)
        if visit:
            previous = visit[-1]
            gap = (_ref_when(report.timestamp) - _ref_when(previous.timestamp)).total_seconds() / 60
            if report.mmsi != previous.mmsi or harbour is not where or gap > max_gap_minutes:
                _ref_close_visit(visit, where, calls, min_stay_minutes, moored_knots)
                visit = []
        if harbour is not None:
            if not visit:
                where = harbour
            visit.append(report)
    if visit:
        _ref_close_visit(visit, where, calls, min_stay_minutes, moored_knots)
    calls.sort(key=lambda call: (_ref_when(call.arrival), call.mmsi, call.harbour))
    return calls


# --- cases -------------------------------------------------------------------------------

BASIN = Harbour("Basin", 51.0, 51.1, 4.0, 4.1)
INNER = Harbour("Inner berth", 51.04, 51.06, 4.04, 4.06)
ANCH = Harbour("Anchorage", 51.2, 51.4, 3.8, 4.0)
AREAS = [BASIN, ANCH]


def rep(mmsi, stamp, lat=51.05, lon=4.05, sog=0.0):
    if isinstance(stamp, str) and len(stamp) == 5:
        stamp = f"2024-05-06T{stamp}:00Z"
    return PositionReport(mmsi, stamp, lat, lon, sog)


def stay(mmsi, times, **kw):
    return [rep(mmsi, t, **kw) for t in times]


ONE = stay(1, ["10:00", "10:20", "10:40"])

CASES = [
    ([], AREAS),
    ((), ()),
    (ONE, AREAS),
    (tuple(ONE), tuple(AREAS)),
    (ONE, []),
    (ONE[::-1], AREAS),
    (ONE, AREAS, 40),
    (ONE, AREAS, 40.0),
    (ONE, AREAS, 40.5),
    (ONE, AREAS, 0),
    (ONE[:1], AREAS, 0),
    (ONE, AREAS, -1),
    (ONE, AREAS, -0.0),
    (ONE, AREAS, 30, 0),
    (ONE, AREAS, 30, -5),
    (ONE, AREAS, 30, 20),
    (ONE, AREAS, 30, 19.99),
    (ONE, AREAS, 30, True),
    (ONE, AREAS, True, 120),
    (ONE, AREAS, None),
    (ONE, AREAS, 30, None),
    (ONE, AREAS, 30, 120, None),
    (ONE, AREAS, 30, 120, -1.0),
    (ONE, AREAS, 30, 120, 0.0),
    (stay(1, ["10:00", "10:40"], sog=0.5), AREAS),
    (stay(1, ["10:00", "10:40"], sog=0.51), AREAS),
    (stay(1, ["10:00", "10:40"], sog=float("nan")), AREAS),
    (stay(1, ["10:00", "10:40"], sog=None), AREAS),
    ([rep(1, "10:00"), rep(1, "10:40", sog=None)], AREAS),
    ([rep(1, "10:00", sog=None), rep(1, "10:40")], AREAS),
    (stay(1, ["10:00", "10:40"], sog=0), AREAS),
    (stay(1, ["10:00", "10:40"], sog=False), AREAS),
    ([rep(1, "2024-05-06T10:00:00Z"), rep(1, "2024-05-06T10:30:30Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:00Z"), rep(1, "2024-05-06T10:30:29Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:00Z"), rep(1, "2024-05-06T10:31:30Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:00Z"), rep(1, "2024-05-06T10:32:30Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:00Z"), rep(1, "2024-05-06T10:00:30Z")], AREAS, 0),
    ([rep(1, "2024-05-06T10:00:00Z"), rep(1, "2024-05-06T10:01:30Z")], AREAS, 0),
    ([rep(1, "2024-05-06T10:00:00Z"), rep(1, "2024-05-06T10:00:00Z")], AREAS, 0),
    ([rep(1, "2024-05-06T10:00:00Z", sog=3), rep(1, "2024-05-06T10:00:00Z", sog=0), rep(1, "2024-05-06T10:50:00Z", sog=2)], AREAS),
    ([rep(1, "2024-02-28T23:30:00Z"), rep(1, "2024-02-29T00:30:00Z"), rep(1, "2024-03-01T00:10:00Z")], AREAS, 30, 1500),
    ([rep(1, "2023-12-31T23:40:00Z"), rep(1, "2024-01-01T00:20:00Z")], AREAS),
    ([rep(1, "2023-02-29T10:00:00Z")], AREAS),
    ([rep(1, "2024-05-06T24:00:00Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:00")], AREAS),
    ([rep(1, "2024-05-06 10:00:00Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:00Z ")], AREAS),
    ([rep(1, " 2024-05-06T10:00:00Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:00.5Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:00z")], AREAS),
    ([rep(1, "2024-5-6T9:5:7Z"), rep(1, "2024-05-06T09:45:07Z")], AREAS),
    ([rep(1, "2024-05-06T09:05:07Z"), rep(1, "2024-5-06T9:45:7Z")], AREAS),
    ([rep(1, "\u0662\u0660\u0662\u0664-05-06T10:00:00Z"), rep(1, "2024-05-06T10:45:00Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:60Z")], AREAS),
    ([rep(1, "2024-05-06T10:00:61Z")], AREAS),
    ([rep(1, "")], AREAS),
    ([rep(1, "10:00"), rep(1, None)], AREAS),
    ([PositionReport(1, 20240506, 51.05, 4.05, 0.0)], AREAS),
    (stay(1, ["10:00", "11:00", "12:30", "13:00"]), AREAS),
    (stay(1, ["10:00", "11:00", "13:01", "13:40"]), AREAS),
    (stay(1, ["10:00", "11:00", "13:00", "13:40"]), AREAS),
    ([rep(1, "10:00"), rep(1, "10:20", lat=50.0), rep(1, "10:40"), rep(1, "11:20")], AREAS),
    ([rep(1, "10:00"), rep(1, "10:40"), rep(1, "11:00", 51.3, 3.9), rep(1, "11:40", 51.3, 3.9)], AREAS),
    ([rep(1, "10:00"), rep(1, "10:40"), rep(1, "11:00", 51.3, 3.9), rep(1, "11:40", 51.3, 3.9)], AREAS, 40),
    (stay(1, ["10:00", "10:40"]), [BASIN, INNER]),
    (stay(1, ["10:00", "10:40"]), [INNER, BASIN]),
    ([rep(1, "10:00"), rep(1, "10:20", lat=51.09), rep(1, "10:40")], [INNER, BASIN]),
    ([rep(1, "10:00"), rep(1, "10:20", lat=51.09), rep(1, "10:40")], [INNER, BASIN], 0),
    (stay(1, ["10:00", "10:40"]), [BASIN, Harbour("Basin", 51.0, 51.1, 4.0, 4.1)]),
    ([rep(1, "10:00"), rep(1, "10:40")], [BASIN, BASIN]),
    ([rep(1, "10:00", 51.0, 4.0), rep(1, "10:40", 51.1, 4.1)], AREAS),
    ([rep(1, "10:00", 50.9999999, 4.0), rep(1, "10:40", 51.1, 4.1)], AREAS),
    ([rep(1, "10:00", float("nan"), 4.05), rep(1, "10:40")], AREAS),
    ([rep(1, "10:00", 51, 4), rep(1, "10:40", 51, 4)], AREAS),
    ([rep(1, "10:00", None, 4.05)], AREAS),
    ([rep(1, "10:00", None, 4.05)], []),
    ([rep(1, "10:00", True, 4.05)], [Harbour("Odd", 0, 1, 4, 5)]),
    (stay(2, ["10:00", "10:40"]) + stay(1, ["10:00", "10:40"]), AREAS),
    (stay(1, ["10:00", "10:40"]) + stay(2, ["09:00", "09:40"]), AREAS),
    (stay(1, ["10:00", "10:40"], lat=51.3, lon=3.9) + stay(1, ["10:00", "10:40"]), AREAS),
    (stay(1, ["10:00", "10:40"]) + stay(2, ["10:00", "10:40"], lat=51.3, lon=3.9), AREAS),
    (stay(1, ["10:00", "10:20"]) + stay(2, ["10:30", "10:50"]), AREAS, 0),
    ([rep(1, "10:00"), rep(1.0, "10:40")], AREAS),
    ([rep(1, "10:00"), rep(True, "10:40")], AREAS),
    ([rep(1, "10:00"), rep("1", "10:40")], AREAS),
    (stay("244000001", ["10:00", "10:40"]) + stay("24400000", ["10:00", "10:40"]), AREAS),
    (stay(None, ["10:00", "10:40"]), AREAS),
    ([rep(None, "10:00"), rep(1, "10:40")], AREAS),
    ([rep(244123456, "10:00"), rep(244123456, "10:40"), rep(-1, "10:00"), rep(-1, "11:00")], AREAS),
    ([rep(1, "10:00"), rep(1, "10:40")], [Harbour("Bassin \u00e9cluse \u2693", 51.0, 51.1, 4.0, 4.1)]),
    ([rep(1, "10:00"), rep(1, "10:40")], [Harbour(None, 51.0, 51.1, 4.0, 4.1)]),
    (stay(1, ["10:00", "10:40"]) + stay(1, ["10:00", "10:40"], lat=51.3, lon=3.9), [Harbour(7, 51.0, 51.1, 4.0, 4.1), ANCH]),
    (stay(1, ["10:00", "10:40"]) + stay(2, ["10:00", "10:40"]), [Harbour(7, 51.0, 51.1, 4.0, 4.1)]),
    ([rep(1, "10:00"), rep(1, "10:40")], [Harbour("Empty", 51.1, 51.0, 4.0, 4.1)]),
    ([rep(1, "10:00"), rep(1, "10:40")], [Harbour("Point", 51.05, 51.05, 4.05, 4.05)]),
    ([rep(1, "10:00"), rep(1, "10:40")], [Harbour("Bad", None, 51.1, 4.0, 4.1)]),
    ([rep(1, "10:00"), rep(1, "10:40")], [SimpleNamespace(name="Quay", south=51, north=52, west=4, east=5)]),
    ([SimpleNamespace(mmsi=1, timestamp="2024-05-06T10:00:00Z", lat=51.05, lon=4.05, sog=0.0),
      SimpleNamespace(mmsi=1, timestamp="2024-05-06T10:45:00Z", lat=51.05, lon=4.05, sog=1.0)], AREAS),
    ([SimpleNamespace(mmsi=1, timestamp="2024-05-06T10:00:00Z", lat=51.05, lon=4.05)], AREAS),
    ([SimpleNamespace(mmsi=1, timestamp="2024-05-06T10:00:00Z", lat=51.05, lon=4.05),
      SimpleNamespace(mmsi=1, timestamp="2024-05-06T10:45:00Z", lat=51.05, lon=4.05)], AREAS),
    ([None], AREAS),
    (ONE + [None], AREAS),
    (None, AREAS),
    (ONE, None),
    ([rep(1, "10:00"), rep(1, "10:40")], [None]),
    ([rep(1, "10:00", lat=60.0), rep(1, "10:40", lat=60.0)], [None]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(detect_port_calls, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(detect_port_calls, reference, reports=ONE, harbours=AREAS, min_stay_minutes=10,
                max_gap_minutes=15, moored_knots=0.0)
    assert_same(detect_port_calls, reference, ONE, AREAS, moored_knots=-1)


def test_inputs_are_reusable() -> None:
    reports = ONE + stay(2, ["09:00", "09:50"], lat=51.3, lon=3.9)
    assert detect_port_calls(reports, AREAS) == detect_port_calls(reports, AREAS) == reference(reports, AREAS)
    assert reports[0] is ONE[0]


def _random_cases():
    rng = random.Random(28003)
    base = datetime(2024, 5, 6, 6, 0)
    areas = [BASIN, INNER, ANCH, Harbour("Ferry", 51.15, 51.18, 4.0, 4.2)]
    for _ in range(230):
        reports = []
        for mmsi in rng.sample([244000001, 244000002, 211000003, 9], rng.randint(1, 3)):
            when = base + timedelta(minutes=rng.randint(0, 120))
            for _ in range(rng.randint(0, 14)):
                area = rng.choice(areas + [None])
                if area is None:
                    lat, lon = 52.5, 3.0
                else:
                    lat, lon = rng.uniform(area.south, area.north), rng.uniform(area.west, area.east)
                reports.append(PositionReport(mmsi, when.strftime("%Y-%m-%dT%H:%M:%SZ"), lat, lon,
                                              rng.choice([0.0, 0.0, 0.3, 0.5, 2.5, 11.0])))
                when += timedelta(minutes=rng.choice([0, 3, 10, 25, 60, 130]), seconds=rng.choice([0, 0, 30, 59]))
        rng.shuffle(reports)
        harbours = rng.sample(areas, rng.randint(0, 4))
        yield (reports, harbours, rng.choice([30, 0, 10, 60]), rng.choice([120, 30, 61]), rng.choice([0.5, 0.0, 3.0]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(detect_port_calls, reference, *case)


def test_two_days_of_traffic() -> None:
    """Eight vessels moving between the port's areas for two days, reported every three minutes."""
    rng = random.Random(404)
    areas = [BASIN, ANCH, Harbour("Ferry", 51.15, 51.18, 4.0, 4.2)]
    reports = []
    for vessel in range(8):
        when = datetime(2024, 5, 6) + timedelta(minutes=rng.randint(0, 300))
        while when < datetime(2024, 5, 8):
            area = rng.choice(areas + [None])
            for _ in range(rng.randint(5, 60)):
                lat, lon = (52.5, 3.0) if area is None else (rng.uniform(area.south, area.north), rng.uniform(area.west, area.east))
                reports.append(PositionReport(235000000 + vessel, when.strftime("%Y-%m-%dT%H:%M:%SZ"), lat, lon,
                                              0.0 if rng.random() < 0.7 else 4.2))
                when += timedelta(minutes=3, seconds=rng.randint(-15, 15))
    rng.shuffle(reports)
    assert_same(detect_port_calls, reference, reports, areas)
