"""Strict equivalence tests for to_line_protocol (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta, timezone

import pytest
from strict_support import assert_same
from pdu_metrics.lineproto import to_line_protocol
from pdu_metrics.readings import Reading

TARGET = "pdu_metrics/lineproto.py:to_line_protocol"


# --- verbatim copy of the original implementation ---------------------------------------------

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _escape_key(text):
    return text.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=").replace(" ", "\\ ")


def reference(readings, measurement="pdu_outlet"):
    body = b""
    for reading in readings:
        if not all(math.isfinite(value) for value in (reading.watts, reading.amps, reading.kwh)):
            continue
        tags = [("site", reading.site), ("rack", reading.rack), ("pdu", reading.pdu),
                ("outlet", str(reading.outlet)), ("customer", reading.customer)]
        tag_text = ",".join(f"{key}={_escape_key(value)}" for key, value in tags if value != "")
        fields = f"watts={reading.watts!r},amps={reading.amps!r},kwh={reading.kwh!r}"
        delta = reading.at - EPOCH
        nanoseconds = (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1_000
        line = f"{_escape_key(measurement)},{tag_text} {fields} {nanoseconds}\n" if tag_text else \
            f"{_escape_key(measurement)} {fields} {nanoseconds}\n"
        body += line.encode("utf-8")
    return body


# --- cases -------------------------------------------------------------------------------

AT = datetime(2024, 11, 1, 0, 0, tzinfo=timezone.utc)
NAN = float("nan")
INF = float("inf")


def R(**changes):
    values = dict(site="LD5", rack="A01-01", pdu="A01-01-A", outlet=3, customer="Acme", at=AT,
                  watts=196.4, amps=0.854, kwh=4332.025)
    values.update(changes)
    return Reading(**values)


CASES = [
    ([],),
    ((),),
    ([], "pdu power"),
    ([], None),
    ([R()],),
    ([R(), R()],),
    ((R(), R(outlet=4)),),
    ([R()], "pdu power,v2"),
    ([R()], "a=b\\c"),
    ([R()], ""),
    ([R()], "ünïcödé"),
    ([R()], None),
    ([R(watts=NAN)], None),
    ([R()], 5),
    # escaping of tag values, in the right order
    ([R(customer="Northwind, Ltd=A b")],),
    ([R(customer="back\\slash")],),
    ([R(customer="back\\,comma")],),
    ([R(customer="trailing\\")],),
    ([R(customer="line\nbreak")],),
    ([R(customer='quote " and \'')],),
    ([R(customer="Zürich AG")],),
    ([R(customer="名前")],),
    ([R(customer="\ud800")],),
    ([R(customer=" ")],),
    # empty tags are left out, even all of them
    ([R(customer="")],),
    ([R(site="", rack="", pdu="", customer="")],),
    ([R(site="", rack="", pdu="", customer="", outlet="")],),
    ([R(outlet="")],),
    ([R(outlet=None)],),
    ([R(outlet=-1)],),
    ([R(outlet="3 A")],),
    # tag values that are not strings
    ([R(customer=None)],),
    ([R(site=5)],),
    ([R(rack=b"A01")],),
    # field values: integers, booleans, signed zeros, large and tiny floats
    ([R(watts=0, amps=0, kwh=0)],),
    ([R(watts=True, amps=False, kwh=1)],),
    ([R(watts=-0.0, amps=0.0, kwh=-1.5)],),
    ([R(watts=1e16, amps=1e-7, kwh=123456789.123456789)],),
    ([R(watts=0.1 + 0.2, amps=1 / 3, kwh=2 ** 60)],),
    # non-finite values are skipped; the check stops at the first one
    ([R(watts=NAN)],),
    ([R(amps=INF)],),
    ([R(kwh=-INF)],),
    ([R(watts=NAN), R(), R(kwh=NAN)],),
    ([R(watts=NAN, amps=None)],),
    ([R(watts=None)],),
    ([R(watts=1.0, amps="1.0")],),
    ([R(watts=NAN, at=None)],),
    # timestamps
    ([R(at=AT + timedelta(microseconds=1))],),
    ([R(at=AT.astimezone(timezone(timedelta(hours=5, minutes=30))))],),
    ([R(at=datetime(1969, 12, 31, 23, 59, 59, 999_999, tzinfo=timezone.utc))],),
    ([R(at=datetime(1, 1, 1, tzinfo=timezone.utc))],),
    ([R(at=datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))))],),
    ([R(at=datetime(2024, 11, 1))],),
    ([R(watts=NAN, at=datetime(2024, 11, 1))],),
    ([R(at="2024-11-01T00:00:00Z")],),
    ([R(at=None)],),
    # bad readings
    ([None],),
    (None,),
    ([R(), None],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(to_line_protocol, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(to_line_protocol, reference, readings=[R(), R(customer="")], measurement="outlet power")
    assert_same(to_line_protocol, reference, [R()], measurement="m")


def _random_cases():
    rng = random.Random(31271)
    customers = ["Acme", "Northwind, Ltd", "blue=green labs", "", "Zürich AG", "a\\b", "x y z"]
    for _ in range(240):
        readings = []
        for _ in range(rng.choice([0, 1, 3, 10, 40])):
            values = [round(rng.uniform(0, 400), rng.choice([0, 1, 3])), round(rng.uniform(0, 2), 3),
                      round(rng.uniform(0, 1e4), 3)]
            if rng.random() < 0.1:
                values[rng.randrange(3)] = rng.choice([NAN, INF, -INF])
            if rng.random() < 0.1 and math.isfinite(values[0]):
                values[0] = int(values[0])
            at = AT + timedelta(seconds=rng.randint(-10**6, 10**6), microseconds=rng.choice([0, 0, 1, 500_000]))
            if rng.random() < 0.1:
                at = at.astimezone(timezone(timedelta(hours=rng.randint(-11, 12))))
            readings.append(R(site=rng.choice(["LD5", "LD8", ""]), rack=rng.choice(["A01-01", "B 02", ""]),
                              pdu=rng.choice(["A01-01-A", "p,1"]), outlet=rng.randint(1, 24),
                              customer=rng.choice(customers), at=at, watts=values[0], amps=values[1], kwh=values[2]))
        args = [readings if rng.random() < 0.85 else tuple(readings)]
        if rng.random() < 0.3:
            args.append(rng.choice(["pdu_outlet", "power,v2", "a b", "m=1"]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(to_line_protocol, reference, *case)


def test_hour_of_a_hall() -> None:
    rng = random.Random(3128)
    readings = [R(rack=f"A{row:02d}-{pos:02d}", pdu=f"A{row:02d}-{pos:02d}-{side}", outlet=outlet,
                  customer=rng.choice(["Acme", "Globex", ""]), at=AT + timedelta(minutes=minute),
                  watts=round(max(0.0, rng.gauss(180, 60)), 1), amps=round(rng.uniform(0, 1.5), 3),
                  kwh=round(rng.uniform(100, 9000), 3))
                for minute in range(0, 60, 10) for row in range(1, 4) for pos in range(1, 5)
                for side in "AB" for outlet in range(1, 12)]
    assert_same(to_line_protocol, reference, readings)
