"""Strict equivalence tests for flight_times (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from strict_support import assert_same
from oooi_times.times import FlightTimes, flight_times

TARGET = "oooi_times/times.py:flight_times"


# --- verbatim copy of the original implementation ---------------------------------------------

_REF_EVENTS = ("OUT", "OFF", "ON", "IN")


def reference(lines):
    flights = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.lower().startswith("tail"):
            continue
        fields = [field.strip() for field in line.split(",")]
        if len(fields) != 5:
            raise ValueError(f"line {number}: expected 5 fields, found {len(fields)}")
        tail, flight, day, event, hhmm = fields
        if event.upper() not in _REF_EVENTS:
            raise ValueError(f"line {number}: unknown event {event!r}")
        moment = datetime.strptime(f"{day} {hhmm}", "%Y-%m-%d %H%M")
        flights.setdefault((tail, flight, day), {}).setdefault(event.upper(), moment)

    results = []
    for (tail, flight, day), events in flights.items():
        out = events.get("OUT")
        stamped = {}
        for event, moment in events.items():
            stamped[event] = moment + timedelta(days=1) if out is not None and moment < out else moment
        present = [stamped[event] for event in _REF_EVENTS if event in stamped]
        if len(present) < len(_REF_EVENTS):
            status = "incomplete"
        elif present != sorted(present):
            status = "out of sequence"
        else:
            status = "ok"
        block = airborne = None
        if "OUT" in stamped and "IN" in stamped:
            block = int((stamped["IN"] - stamped["OUT"]).total_seconds() // 60)
        if "OFF" in stamped and "ON" in stamped:
            airborne = int((stamped["ON"] - stamped["OFF"]).total_seconds() // 60)
        sort_time = out if out is not None else datetime.strptime(day, "%Y-%m-%d")
        results.append((sort_time, FlightTimes(tail, flight, day, out, block, airborne, status)))
    results.sort(key=lambda item: (item[0], item[1].tail, item[1].flight))
    return [times for _, times in results]


# --- cases -------------------------------------------------------------------------------

def flight(tail="N417QX", number="QX2234", day="2024-03-05", times=("1000", "1012", "1105", "1111"),
           events=("OUT", "OFF", "ON", "IN")):
    return [f"{tail},{number},{day},{event},{time}" for event, time in zip(events, times)]


NIGHT = flight(times=("2322", "2335", "0048", "0055"))
FEED = ["tail,flight,date,event,time"] + NIGHT + flight("N402QX", "QX2101", times=("0610", "0622"))

CASES = [
    ([],),
    ((),),
    ([""],),
    (["   ", "\t", "\n"],),
    (["tail,flight,date,event,time"],),
    (["TAIL,FLIGHT"],),
    (["Tailwind,QX1,2024-03-05,OUT,1000"],),
    (FEED,),
    (tuple(FEED),),
    (list(reversed(FEED)),),
    (flight(),),
    (NIGHT,),
    (flight(times=("2359", "0001", "0002", "0003")),),
    (flight(times=("0000", "0000", "0000", "0000")),),
    (flight(times=("1000", "0959", "1100", "1110")),),
    (flight(times=("1000", "1010", "1005", "1110")),),
    (flight(times=("1000", "1010", "1100", "1050")),),
    (flight(times=("1000", "1010", "1100", "1100")),),
    (flight(times=("1000", "1010")),),
    (flight(times=("1012", "1105", "1111"), events=("OFF", "ON", "IN")),),
    (flight(times=("0105", "0111"), events=("ON", "IN")),),
    (flight(times=("2300", "0100"), events=("IN", "OUT")),),
    (flight(times=("1111", "1105", "1012", "1000"), events=("IN", "ON", "OFF", "OUT")),),
    (flight() + flight(times=("1001", "1013", "1106", "1112")),),
    (flight() + ["N417QX,QX2234,2024-03-05,IN,1200"],),
    (flight(events=("out", "Off", "on", "iN")),),
    (flight(events=("out", "OUT", "on", "IN")),),
    ([line.replace(",", " , ") for line in flight()],),
    ([f"  {line}  \r\n" for line in flight()],),
    (flight() + flight(day="2024-3-5"),),
    (flight(day="2024-3-5", times=("0105",), events=("IN",)) + flight(times=("0105",), events=("IN",)),),
    (flight(number="QX9", times=("1000",)) + flight(number="QX10", times=("1000",)) + flight(tail="N1", times=("1000",)),),
    (flight(number="QX9", times=("0105",), events=("IN",)) + flight(number="QX10", times=("0105",), events=("IN",)),),
    (flight(day="2024-03-06", times=("0100",)) + flight(day="2024-03-05", times=("2300",)),),
    (flight(tail="Ñ417", number="QX\u00e9"),),
    (flight(tail="", number=""),),
    (flight(day="2024-02-29"),),
    (flight(day="2023-02-29"),),
    (flight(day="2024-02-30"),),
    (flight(day="2024-13-01"),),
    (flight(day="2024/03/05"),),
    (flight(day="24-03-05"),),
    (flight(day="2024-03-05T00"),),
    (flight(day="\u0662\u0660\u0662\u0664-03-05"),),
    (flight(day="9999-12-31", times=("2300", "2330", "2350", "2359")),),
    (flight(day="9999-12-31", times=("2300", "2330", "0010", "0020")),),
    (flight(day="0001-01-01"),),
    (flight(times=("930", "945", "1030", "1040")),),
    (flight(times=("123", "124", "125", "126")),),
    (flight(times=("1", "2", "3", "4")),),
    (flight(times=("2400",)),),
    (flight(times=("2561",)),),
    (flight(times=("1260",)),),
    (flight(times=("12:30",)),),
    (flight(times=("12 30",)),),
    (flight(times=("",)),),
    (flight(times=("-100",)),),
    (flight(times=("\u0661\u0662\u0663\u0660",)),),
    (flight(times=("0930",)) + ["N417QX,QX2234,2024-03-05,OUT"],),
    (["N417QX,QX2234,2024-03-05,OUT,1000,extra"],),
    (["N417QX;QX2234;2024-03-05;OUT;1000"],),
    (["N417QX,QX2234,2024-03-05,LANDED,1000"],),
    (["N417QX,QX2234,2024-03-05,,1000"],),
    (flight() + ["N417QX,QX2234,2024-03-05,LANDED,1000"],),
    (flight() + ["bad"],),
    (["bad"] + flight(),),
    ([None],),
    ([b"N417QX,QX2234,2024-03-05,OUT,1000"],),
    ([42],),
    (None,),
    ("N417QX,QX2234,2024-03-05,OUT,1000",),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(flight_times, reference, *case)


def test_keyword_argument() -> None:
    assert_same(flight_times, reference, lines=FEED)


def _random_cases():
    rng = random.Random(29091)
    for _ in range(230):
        lines = []
        if rng.random() < 0.5:
            lines.append("tail,flight,date,event,time")
        for _ in range(rng.randint(0, 6)):
            tail = rng.choice(["N401QX", "N402QX", "N417QX"])
            number = rng.choice(["QX2101", "QX2102", "QX2234"])
            day = rng.choice(["2024-03-05", "2024-03-06", "2024-3-6", "2024-12-31"])
            start = rng.randint(0, 1439)
            times = [start]
            for _ in range(3):
                times.append(times[-1] + rng.randint(-5, 120))
            for event, minute in zip(("OUT", "OFF", "ON", "IN"), times):
                if rng.random() < 0.1:
                    continue
                minute %= 1440
                lines.append(f"{tail},{number},{day},{rng.choice([event, event, event.lower()])},{minute // 60:02d}{minute % 60:02d}")
                if rng.random() < 0.08:
                    lines.append(lines[-1])
        if rng.random() < 0.3:
            rng.shuffle(lines)
        roll = rng.random()
        if roll < 0.03:
            lines.append("N1,QX1,2024-03-05,OUT,2460")
        elif roll < 0.05:
            lines.append("N1,QX1,2024-03-05,TAXI,1000")
        elif roll < 0.07:
            lines.insert(rng.randint(0, len(lines)), "")
        yield (lines if rng.random() < 0.85 else tuple(lines),)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(flight_times, reference, *case)


def test_fleet_day() -> None:
    """A realistic day for a 30-aircraft fleet: about 700 messages with resends and gaps."""
    rng = random.Random(2910)
    lines = ["tail,flight,date,event,time"]
    for tail in range(30):
        minute = rng.randint(330, 420)
        for leg in range(rng.randint(4, 7)):
            times = [minute, minute + rng.randint(6, 25)]
            times += [times[-1] + rng.randint(35, 150)]
            times += [times[-1] + rng.randint(3, 15)]
            for event, at in zip(("OUT", "OFF", "ON", "IN"), times):
                if rng.random() < 0.01:
                    continue
                lines.append(f"N{400 + tail}QX,QX{2000 + tail * 10 + leg},2024-03-05,{event},{(at // 60) % 24:02d}{at % 60:02d}")
                if rng.random() < 0.03:
                    lines.append(lines[-1])
            minute = times[-1] + rng.randint(30, 70)
    assert_same(flight_times, reference, lines)
