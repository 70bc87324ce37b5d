"""Strict equivalence tests for encode_track (never shown to wattlens)."""

from __future__ import annotations

import random
import struct

import pytest
from midiwrite.smf import encode_track
from strict_support import assert_same

TARGET = "midiwrite/smf.py:encode_track"


def _vlq(value):
    if value < 0 or value > 0x0FFFFFFF:
        raise ValueError(f"delta time out of range: {value}")
    groups = [value & 0x7F]
    value >>= 7
    while value:
        groups.append((value & 0x7F) | 0x80)
        value >>= 7
    return bytes(reversed(groups))


def reference(events):
    data = b""
    previous_tick = 0
    running_status = None
    for tick, kind, channel, note, velocity in sorted(events, key=lambda event: (event[0], event[1] != "off")):
        if kind not in ("on", "off"):
            raise ValueError(f"unknown event kind: {kind!r}")
        if not 0 <= channel <= 15 or not 0 <= note <= 127 or not 0 <= velocity <= 127:
            raise ValueError(f"event out of range: {(tick, kind, channel, note, velocity)!r}")
        status = (0x90 if kind == "on" else 0x80) | channel
        data += _vlq(tick - previous_tick)
        if status != running_status:
            data += bytes([status])
            running_status = status
        data += bytes([note, velocity])
        previous_tick = tick
    data += b"\x00\xff\x2f\x00"
    return b"MTrk" + struct.pack(">I", len(data)) + data


CASES = [
    [],
    (),
    [(0, "on", 0, 60, 100)],
    [(0, "off", 0, 60, 0)],
    [(0, "on", 0, 60, 100), (480, "on", 0, 60, 0)],
    [(0, "on", 0, 60, 100), (480, "off", 0, 60, 0)],
    [(480, "on", 0, 64, 90), (0, "on", 0, 60, 90), (480, "off", 0, 60, 0)],
    [(0, "on", 0, 60, 90), (0, "on", 0, 64, 90), (0, "on", 0, 67, 90), (0, "off", 0, 48, 0)],
    [(10, "on", 3, 1, 1), (10, "on", 3, 2, 2), (10, "off", 3, 1, 0), (10, "off", 3, 2, 0)],
    [(0, "on", ch, 60, 100) for ch in range(16)],
    [(ch * 10, "on" if ch % 2 else "off", ch, ch, ch) for ch in range(16)],
    [(0, "on", 0, 0, 0), (1, "on", 0, 127, 127), (2, "off", 15, 127, 127)],
    [(0, "on", 0, 60, 100), (0x0FFFFFFF, "off", 0, 60, 0)],
    [(0, "on", 0, 60, 100), (0x10000000, "off", 0, 60, 0)],
    [(0x7F, "on", 0, 1, 1), (0x80, "on", 0, 1, 1), (0x80 + 0x3FFF, "on", 0, 1, 1), (0x80 + 0x3FFF + 0x4000, "on", 0, 1, 1)],
    [(-1, "on", 0, 60, 100)],
    [(5, "on", 0, 60, 100), (-3, "off", 0, 60, 0)],
    [(0, "sustain", 0, 64, 127)],
    [(0, "on", 0, 60, 100), (10, "OFF", 0, 60, 0)],
    [(0, None, 0, 60, 100)],
    [(0, "on", 16, 60, 100)],
    [(0, "on", -1, 60, 100)],
    [(0, "on", 0, 128, 100)],
    [(0, "on", 0, 60, 128)],
    [(0, "on", 0, -1, 100)],
    [(0, "on", 0, 60, 100), (10, "on", 0, 60, 200), (20, "bogus", 0, 0, 0)],
    [(20, "bogus", 0, 0, 0), (10, "on", 0, 60, 200)],
    [(0.0, "on", 0, 60, 100)],
    [(0, "on", 0, 60, 100), (240.0, "off", 0, 60, 0)],
    [(0, "on", 0, 60.0, 100)],
    [(0, "on", 0, 60, 100.5)],
    [(0, "on", 1.0, 60, 100)],
    [(0, "on", True, 60, 100), (True, "off", False, True, 0)],
    [(0, "on", 0, 60, 100, "extra")],
    [(0, "on", 0, 60)],
    [[0, "on", 0, 60, 100], [240, "off", 0, 60, 0]],
    [(0, "on", 0, 60, 100), ("10", "off", 0, 60, 0)],
    [(0, "on", 0, 60, 100), (None, "off", 0, 60, 0)],
    [(0, "on", None, 60, 100)],
    [(0, "on", "0", 60, 100)],
    [(1000, "on", 9, 36, 120), (1000, "off", 9, 36, 0), (999, "on", 9, 38, 100), (1001, "off", 9, 38, 0)],
    [(0, "on", 0, 60, 100)] * 5 + [(0, "off", 0, 60, 0)] * 5,
]


@pytest.mark.parametrize("events", CASES)
def test_cases(events) -> None:
    assert_same(encode_track, reference, events)


def _random_cases():
    rng = random.Random(6060)
    for _ in range(130):
        events = []
        for _ in range(rng.randint(0, 60)):
            tick = rng.choice([0, rng.randint(0, 500), rng.randint(0, 20000), rng.randint(0, 3)])
            events.append((tick, rng.choice(["on", "on", "off"]), rng.choice([0, 0, 1, 9, 15]),
                           rng.randint(0, 127), rng.randint(0, 127)))
        if rng.random() < 0.1:
            events.insert(rng.randrange(len(events) + 1), (rng.randint(0, 100), "on", 0, 60, rng.choice([128, -5])))
        yield events


@pytest.mark.parametrize("events", list(_random_cases()))
def test_random(events) -> None:
    assert_same(encode_track, reference, events)


def test_large_score() -> None:
    rng = random.Random(77)
    events = []
    for bar in range(600):
        for beat in range(8):
            start = bar * 1920 + beat * 240
            for _ in range(rng.randint(1, 3)):
                note = rng.randint(30, 100)
                events.append((start, "on", rng.choice([0, 1]), note, rng.randint(1, 127)))
                events.append((start + rng.choice([120, 240, 480]), "off", 0, note, 0))
    rng.shuffle(events)
    assert_same(encode_track, reference, events)
    events.append((5, "on", 0, 60, 300))
    assert_same(encode_track, reference, events)
