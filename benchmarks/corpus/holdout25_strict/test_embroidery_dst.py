"""Strict equivalence tests for stitch_records (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from stitchout.design import Stitch
from stitchout.dst import stitch_records
from strict_support import assert_same

TARGET = "stitchout/dst.py:stitch_records"


# --- verbatim copy of the original implementation, its helper and constants ----------------

MAX_STEP = 121
END_RECORD = b"\x00\x00\xf3"
COMMAND_FLAGS = {"stitch": 0x00, "jump": 0x80, "color": 0xC0}
X_DIGITS = ((81, 2, 0x04, 0x08), (27, 1, 0x04, 0x08), (9, 0, 0x04, 0x08), (3, 1, 0x01, 0x02), (1, 0, 0x01, 0x02))
Y_DIGITS = ((81, 2, 0x20, 0x10), (27, 1, 0x20, 0x10), (9, 0, 0x20, 0x10), (3, 1, 0x80, 0x40), (1, 0, 0x80, 0x40))


def encode_record(dx, dy, command="stitch"):
    if command not in COMMAND_FLAGS:
        raise ValueError(f"unknown command {command!r}")
    if not (-MAX_STEP <= dx <= MAX_STEP and -MAX_STEP <= dy <= MAX_STEP):
        raise ValueError(f"move ({dx}, {dy}) is too long for one record")
    record = [0, 0, 0x03 | COMMAND_FLAGS[command]]
    for value, digits in ((dx, X_DIGITS), (dy, Y_DIGITS)):
        for weight, index, plus, minus in digits:
            half = weight // 2
            if value > half:
                record[index] |= plus
                value -= weight
            elif value < -half:
                record[index] |= minus
                value += weight
    return bytes(record)


def reference(stitches):
    body = b""
    x = y = 0
    for stitch in stitches:
        dx, dy = stitch.x - x, stitch.y - y
        while abs(dx) > MAX_STEP or abs(dy) > MAX_STEP:
            step_x = max(-MAX_STEP, min(MAX_STEP, dx))
            step_y = max(-MAX_STEP, min(MAX_STEP, dy))
            body += encode_record(step_x, step_y, "jump")
            dx -= step_x
            dy -= step_y
        body += encode_record(dx, dy, stitch.command)
        x, y = stitch.x, stitch.y
    return body + END_RECORD


# --- cases -------------------------------------------------------------------------------

S = Stitch
Point = namedtuple("Point", "x y command")


class Needle:
    """A look-alike stitch object from the old digitiser plug-in."""

    def __init__(self, x, y, command="stitch"):
        self.x, self.y, self.command = x, y, command


CASES = [
    ([],),
    ((),),
    ([S(0, 0)],),
    ([S(1, 0)],),
    ([S(0, 1)],),
    ([S(-1, -1)],),
    ([S(121, 121)],),
    ([S(-121, -121)],),
    ([S(122, 0)],),
    ([S(0, -122)],),
    ([S(-122, 122)],),
    ([S(242, 0)],),
    ([S(243, 0)],),
    ([S(363, -363)],),
    ([S(364, 5)],),
    ([S(1000, 3)],),
    ([S(3, 1000)],),
    ([S(-1000, 999)],),
    ([S(100000, -7)],),
    ([S(10 ** 5, 10 ** 5 + 1)],),
    ([S(40, 0), S(41, 0), S(0, 0)],),
    ([S(13, 14), S(-13, -14), S(4, 5), S(-4, -5)],),
    ([S(x, 0) for x in range(-130, 131, 1)],),
    ([S(0, y) for y in range(-130, 131, 1)],),
    ([S(x, (x * 37) % 243 - 121) for x in range(0, 243)],),
    ([S(0, 0, "jump")],),
    ([S(0, 0, "color")],),
    ([S(500, 0, "color")],),
    ([S(500, -500, "jump")],),
    ([S(5, 5), S(5, 5, "color"), S(10, 10), S(400, 10, "jump"), S(401, 11)],),
    ([S(5, 5, "trim")],),
    ([S(5, 5), S(500, 5, "trim")],),
    ([S(5, 5, "Stitch")],),
    ([S(5, 5, "stitch ")],),
    ([S(5, 5, "")],),
    ([S(5, 5, None)],),
    ([S(5, 5, ["stitch"])],),
    ([S(5, 5, ("stitch",))],),
    ([S(5, 5, 0)],),
    ([S(200, 5, None)],),
    ([S(10.0, 20.0)],),
    ([S(10.5, -20.25)],),
    ([S(300.7, 0.3), S(0.1, 0.2)],),
    ([S(121.0, 121.0), S(242.5, 0)],),
    ([S(121.5, 0)],),
    ([S(-121.5, 0)],),
    ([S(True, False), S(False, True)],),
    ([S(True, 200)],),
    ([S(math.nan, 0)],),
    ([S(0, math.nan)],),
    ([S(None, 0)],),
    ([S(0, None)],),
    ([S("1", 0)],),
    ([S(0, 0), S(0, "5")],),
    ([S(1, 1), None],),
    ([None],),
    ([(1, 2, "stitch")],),
    ([S(1, 2)] + [(3, 4)],),
    (None,),
    ([Point(1, 2, "stitch"), Point(300, 2, "jump")],),
    ([Needle(1, 2), Needle(300, 2, "color"), S(4, 4)],),
    ([SimpleNamespace(x=1, y=2, command="jump")],),
    ([SimpleNamespace(x=1, y=2)],),
    ([SimpleNamespace(x=1000, y=2)],),
    ([SimpleNamespace(x=1, command="stitch")],),
    ([{"x": 1, "y": 2, "command": "stitch"}],),
    ([S(5, 5)] * 50,),
    ([S(0, 0), S(0, 0, "color")] * 20,),
    (tuple(S(i * 50, -i * 50, "stitch" if i % 3 else "jump") for i in range(40)),),
    ([S(-(10 ** 4), 10 ** 4, "color")],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(stitch_records, reference, *case)


def test_keyword_argument() -> None:
    assert_same(stitch_records, reference, stitches=[S(1, 2), S(300, 4, "jump")])


def _random_cases():
    rng = random.Random(40211)
    for _ in range(260):
        x = y = 0
        stitches = []
        reach = rng.choice([3, 30, 121, 130, 250, 600, 3000])
        for _ in range(rng.randint(0, 60)):
            x += rng.randint(-reach, reach)
            y += rng.randint(-reach, reach)
            stitches.append(S(x, y, rng.choice(["stitch"] * 8 + ["jump", "color"])))
        if stitches and rng.random() < 0.05:
            stitches[rng.randrange(len(stitches))] = S(x, y, "trim")
        yield (tuple(stitches) if rng.random() < 0.2 else stitches,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(stitch_records, reference, *case)


def test_jacket_back() -> None:
    rng = random.Random(7)
    stitches = []
    for block in range(12):
        cx, cy = rng.randint(-1200, 1200), rng.randint(-1200, 1200)
        stitches.append(S(cx, cy, "color" if block else "jump"))
        for step in range(0, 6000, 4):
            side = 40 if (step // 4) % 2 else -40
            stitches.append(S(cx + step // 8, cy + side + rng.randint(-2, 2)))
    assert_same(stitch_records, reference, stitches)
