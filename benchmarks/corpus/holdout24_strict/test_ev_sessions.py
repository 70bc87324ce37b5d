"""Strict equivalence tests for summarise_sessions (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from chargepoint.meterlog import Session, summarise_sessions
from strict_support import assert_same

TARGET = "chargepoint/meterlog.py:summarise_sessions"


# --- verbatim copy of the original implementation and its constants -----------------------

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"
EVENTS = ("START", "METER", "STOP")
IDLE_GRACE_MINUTES = 30
IDLE_FEE_PENCE_PER_MINUTE = 10


def reference(lines):
    sessions = []
    open_sessions = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split(",")
        if len(fields) != 5:
            raise ValueError(f"expected 5 fields in {line!r}")
        stamp, charger, connector_text, event, meter_text = fields
        at = datetime.strptime(stamp, TIMESTAMP_FORMAT)
        key = (charger, int(connector_text))
        meter = int(meter_text)
        if event not in EVENTS:
            raise ValueError(f"unknown event {event!r} in {line!r}")
        if event == "START":
            open_sessions[key] = {"start": at, "start_meter": meter, "last_meter": meter, "idle_since": None}
            continue
        current = open_sessions.get(key)
        if current is None:
            continue
        if meter > current["last_meter"]:
            current["idle_since"] = None
        elif current["idle_since"] is None:
            current["idle_since"] = at
        current["last_meter"] = meter
        if event == "STOP":
            del open_sessions[key]
            start = current["start"]
            idle_since = current["idle_since"]
            idle_minutes = 0 if idle_since is None else int((at - idle_since).total_seconds()) // 60
            fee = max(0, idle_minutes - IDLE_GRACE_MINUTES) * IDLE_FEE_PENCE_PER_MINUTE
            sessions.append(Session(charger, key[1], start.strftime("%Y-%m-%d"), start, at,
                                    meter - current["start_meter"], idle_minutes, fee))
    return sessions


# --- cases -------------------------------------------------------------------------------

BASIC = ["2024-03-04 08:00:10,CP-1,1,START,1000\n", "2024-03-04 08:30:10,CP-1,1,METER,4500\n",
         "2024-03-04 09:00:10,CP-1,1,METER,8000\n", "2024-03-04 09:30:10,CP-1,1,METER,8000\n",
         "2024-03-04 10:45:40,CP-1,1,STOP,8000\n"]


def one(stamp="2024-03-04 08:00:00", charger="CP-1", connector="1", meter="100", event="START"):
    """A START line with one field replaced, followed by a STOP that closes it."""
    return [f"{stamp},{charger},{connector},{event},{meter}", "2024-03-04 09:00:00,CP-1,1,STOP,900"]


def session(start, stop, start_meter=0, stop_meter=500, charger="CP-1", connector=1, meters=()):
    lines = [f"{start},{charger},{connector},START,{start_meter}"]
    lines += [f"{at},{charger},{connector},METER,{value}" for at, value in meters]
    return lines + [f"{stop},{charger},{connector},STOP,{stop_meter}"]


CASES = [
    ([],),
    ((),),
    ("",),
    ("abc",),
    ("\n\n",),
    ("#",),
    (BASIC,),
    (tuple(BASIC),),
    ([line.rstrip("\n") for line in BASIC],),
    ([line.replace("\n", "\r\n") for line in BASIC],),
    ("".join(BASIC).splitlines(),),
    (BASIC[:-1],),
    (BASIC[1:],),
    (BASIC + BASIC,),
    (BASIC[:1] + BASIC,),
    (["# header", "", "   ", "\t\n"] + BASIC,),
    ([" # indented comment"] + BASIC,),
    (["#2024-03-04 08:00:10,CP-1,1,START,1000"] + BASIC[1:],),
    (one(),),
    (one(stamp="2024-3-4 8:0:0"),),
    (one(stamp="2024-03-04   08:00:00"),),
    (one(stamp="2024-03-04\t08:00:00"),),
    (one(stamp="2024-03-04T08:00:00"),),
    (one(stamp="2024-03-04 08:00"),),
    (one(stamp="2024-03-04 08:00:00.5"),),
    (one(stamp="2024-03-04 08:00:00 "),),
    (one(stamp=" 2024-03-04 08:00:00"),),
    (one(stamp="2024-03- 4 08:00:00"),),
    (one(stamp="2024-03-04 08:00:60"),),
    (one(stamp="2024-03-04 24:00:00"),),
    (one(stamp="2024-02-30 08:00:00"),),
    (one(stamp="2024-02-29 08:00:00"),),
    (one(stamp="2023-02-29 08:00:00"),),
    (one(stamp="0001-01-01 00:00:00"),),
    (one(stamp="9999-12-31 23:59:59"),),
    (one(stamp="24-03-04 08:00:00"),),
    (one(stamp="02024-03-04 08:00:00"),),
    (one(stamp="\u0662\u0660\u0662\u0664-03-04 08:00:00"),),
    (one(stamp="2024-03-04 08:00:00\n"),),
    (one(stamp=""),),
    (one(connector=" 1"),),
    (one(connector="01"),),
    (one(connector="+1"),),
    (one(connector="1_0"),),
    (one(connector="\u0661"),),
    (one(connector="1.0"),),
    (one(connector=""),),
    (one(connector="-1"),),
    (one(meter=" 100 "),),
    (one(meter="1e3"),),
    (one(meter="-100"),),
    (one(meter=str(10 ** 30)),),
    (one(meter=""),),
    (one(meter="100\r"),),
    (one(event="start"),),
    (one(event="STOP "),),
    (one(event="PAUSE"),),
    (one(event=""),),
    (one(event="METER"),),
    (one(event="STOP"),),
    (one(charger=""),),
    (one(charger="Gare du Nord ⚡"),),
    (one(charger="CP-1 "),),
    (["2024-03-04 08:00:00,CP-1,1,STOP,100"],),
    (["2024-03-04 08:00:00,CP-1,1,METER,100"],),
    (["2024-03-04 08:00:00,CP-1,1,PAUSE,100"],),
    (["2024-03-04 08:00:00,CP-1,1,START"],),
    (["2024-03-04 08:00:00,CP-1,1,START,100,extra"],),
    (["2024-03-04 08:00:00;CP-1;1;START;100"],),
    (BASIC + ["garbage"],),
    (BASIC[:2] + [None] + BASIC[2:],),
    ([None],),
    ([b"2024-03-04 08:00:00,CP-1,1,START,100"],),
    ([b""],),
    ([1],),
    (None,),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00"),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", stop_meter=0),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", 500, 100),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", meters=[("2024-03-04 08:10:00", 0)]),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", meters=[("2024-03-04 08:29:59", 0)], stop_meter=0),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", meters=[("2024-03-04 08:30:00", 0)], stop_meter=0),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:01:00", meters=[("2024-03-04 08:30:00", 0)], stop_meter=0),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:01:59", meters=[("2024-03-04 08:30:00", 0)], stop_meter=0),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:02:00", meters=[("2024-03-04 08:30:00", 0)], stop_meter=0),),
    (session("2024-03-04 08:00:00", "2024-03-04 08:00:00", stop_meter=0),),
    (session("2024-03-04 08:00:00", "2024-03-04 07:00:00", stop_meter=0, meters=[("2024-03-04 08:30:00", 0)]),),
    (session("2024-03-04 08:00:00", "2024-03-04 08:28:30", stop_meter=0, meters=[("2024-03-04 08:30:00", 0)]),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", meters=[("2024-03-04 08:10:00", 300), ("2024-03-04 08:20:00", 300),
                                                                   ("2024-03-04 08:30:00", 400), ("2024-03-04 08:40:00", 400)],
             stop_meter=400),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", meters=[("2024-03-04 08:10:00", 300), ("2024-03-04 08:20:00", 200),
                                                                   ("2024-03-04 08:30:00", 250)], stop_meter=250),),
    (session("2024-03-31 23:00:00", "2024-04-01 03:00:00", meters=[("2024-04-01 00:00:00", 900)], stop_meter=900),),
    (session("2023-12-31 23:59:59", "2024-01-01 00:00:01"),),
    (session("2024-03-04 08:00:00", "2024-03-05 09:00:00", meters=[("2024-03-04 08:10:00", 0)], stop_meter=0),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", 10 ** 20, 10 ** 20 + 7),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", connector="02")
     + session("2024-03-04 10:00:00", "2024-03-04 11:00:00", connector="2"),),
    (session("2024-03-04 08:00:00", "2024-03-04 09:00:00", charger="A")[:1]
     + session("2024-03-04 08:00:00", "2024-03-04 09:00:00", charger="B")
     + session("2024-03-04 08:00:00", "2024-03-04 09:30:00", charger="A")[1:],),
    (["2024-03-04 08:00:00,CP-1,1,START,0", "2024-03-04 08:20:00,CP-1,1,METER,0", "2024-03-04 08:30:00,CP-1,1,START,0",
      "2024-03-04 09:40:00,CP-1,1,STOP,0"],),
    (["2024-03-04 08:00:00,CP-1,1,START,0", "2024-03-04 08:20:00,CP-1,1,STOP,10", "2024-03-04 08:30:00,CP-1,1,STOP,20"],),
    (["2024-03-04 08:00:00,CP-1,1,START,0", "2024-03-04 08:20:00,CP-1,2,STOP,10", "2024-03-04 08:30:00,CP-1,1,STOP,20"],),
    (["2024-03-04 08:00:00,CP-1,1,START,0", "2024-03-04 08:20:00,CP-1,1,METER,x"],),
    (["2024-03-04 08:00:00,CP-1,1,START,0", "2024-03-04 08:20:00,CP-1,1,METER,5", "2024-03-04 08:20:00,CP-1,1,PAUSE,5"],),
    (["2024-03-04 08:00:00,CP-1,1,START,0", "2024-03-04 09:20:00,CP-1,1,STOP,5", "2024-03-04 25:00:00,CP-1,1,STOP,5"],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(summarise_sessions, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(summarise_sessions, reference, lines=BASIC)


def _random_log(rng, chargers, connectors, sessions, day="2024-03-04"):
    lines = []
    for _ in range(sessions):
        charger, connector = rng.choice(chargers), rng.choice(connectors)
        minute = rng.randint(0, 1200)
        meter = rng.choice([0, 1000, 123456])
        lines.append((minute, f"{charger},{connector},START,{meter}"))
        for _ in range(rng.randint(0, 8)):
            minute += rng.randint(1, 40)
            meter += rng.choice([0, 0, 100, 700, -5])
            lines.append((minute, f"{charger},{connector},METER,{meter}"))
        minute += rng.randint(0, 90)
        if rng.random() < 0.85:
            lines.append((minute, f"{charger},{connector},STOP,{meter + rng.choice([0, 0, 50])}"))
    if rng.random() < 0.7:
        lines.sort(key=lambda item: item[0])
    out = []
    for minute, rest in lines:
        minute = min(minute, 1439)
        out.append(f"{day} {minute // 60:02d}:{minute % 60:02d}:{rng.randint(0, 59):02d},{rest}" + rng.choice(["", "\n"]))
    if rng.random() < 0.1:
        out.insert(rng.randint(0, len(out)), rng.choice(["# note", "", "\n"]))
    if rng.random() < 0.03:
        out.insert(rng.randint(0, len(out)), rng.choice(["2024-03-04 08:00,CP-1,1,STOP,1", "x,y,1,METER,2", "bad"]))
    return out


def _random_cases():
    rng = random.Random(1100)
    for _ in range(230):
        chargers = ["CP-1", "CP-2", "CP-3"][: rng.randint(1, 3)]
        connectors = [1, 2][: rng.randint(1, 2)]
        yield (_random_log(rng, chargers, connectors, rng.randint(0, 6)),)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(summarise_sessions, reference, *case)


def test_depot_month() -> None:
    rng = random.Random(77)
    log = []
    for day in range(1, 8):
        log += _random_log(rng, [f"CP-{n}" for n in range(12)], [1, 2], 60, day=f"2024-03-{day:02d}")
    log = [line for line in log if line.count(",") == 4]
    assert_same(summarise_sessions, reference, log)
