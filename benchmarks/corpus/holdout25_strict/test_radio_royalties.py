"""Strict equivalence tests for usage_return (never shown to wattlens)."""

from __future__ import annotations

import random
import string
from collections import namedtuple
from types import SimpleNamespace

import pytest
from playreport.playout import Play
from playreport.returns import UsageLine, usage_return
from playreport.works import Recording
from strict_support import assert_same

TARGET = "playreport/returns.py:usage_return"


# --- verbatim copy of the original implementation and its helper ---------------------------

def normalise_isrc(code):
    return code.replace("-", "").replace(" ", "").upper()


def reference(plays, recordings, min_seconds=30):
    lines = {}
    unmatched = []
    for play in plays:
        if play.seconds < min_seconds:
            continue
        isrc = normalise_isrc(play.isrc)
        recording = None
        for candidate in recordings:
            if candidate.isrc == isrc:
                recording = candidate
                break
        if recording is None:
            unmatched.append(play)
            continue
        line = lines.get(recording.work_id)
        if line is None:
            line = lines[recording.work_id] = UsageLine(recording.work_id)
        line.plays += 1
        line.seconds += play.seconds
    return lines, unmatched


# --- cases -------------------------------------------------------------------------------

P, R = Play, Recording
Rec = namedtuple("Rec", "isrc work_id title artist")

REG = [
    R("GBAYE6800011", "W-100", "Here Comes the Sun", "The Beatles"),
    R("GBAYE0601690", "W-100", "Here Comes the Sun (Remaster)", "The Beatles"),
    R("USRC17607839", "W-200", "Dancing Queen", "ABBA"),
    R("USRC17607839", "W-999", "Dancing Queen (duplicate row)", "ABBA"),
    R("DEA627000001", "W-300", "Autobahn", "Kraftwerk"),
    R("", "W-000", "Blank code", "Unknown"),
    R("gbaye6800011", "W-LOW", "Lower-case row", "The Beatles"),
    R("GBSSX2400001", "W-SS", "Straße", "Band"),
]


def play(isrc, seconds=200, started="2024-01-05T06:00:00"):
    return P(started, isrc, "Artist", "Title", seconds)


CASES = [
    ([], []),
    ((), ()),
    ([], REG),
    ([play("GBAYE6800011")], []),
    ([play("GBAYE6800011")], REG),
    ([play("GB-AYE-68-00011")], REG),
    ([play("gb-aye-68-00011")], REG),
    ([play("GB AYE 68 00011")], REG),
    ([play(" GBAYE6800011 ")], REG),
    ([play("GBAYE6800011\n")], REG),
    ([play("GB\u2011AYE\u201168\u201100011")], REG),
    ([play("GB_AYE_68_00011")], REG),
    ([play("usrc17607839")], REG),
    ([play("US-RC1-76-07839"), play("USRC17607839", 100)], REG),
    ([play("")], REG),
    ([play("-- -")], REG),
    ([play("")], REG[:5]),
    ([play("gbßx2400001")], REG),
    ([play("GBSSX2400001")], REG),
    ([play("dea627000001")], REG),
    ([play("deA627000001")], REG),
    ([play("ＧＢＡＹＥ６８０００１１")], REG),
    ([play("GBAYE6800011", 30)], REG),
    ([play("GBAYE6800011", 29)], REG),
    ([play("GBAYE6800011", 0)], REG),
    ([play("GBAYE6800011", -5)], REG),
    ([play("GBAYE6800011", 0)], REG, 0),
    ([play("GBAYE6800011", 12)], REG, 10),
    ([play("GBAYE6800011", 12)], REG, -1),
    ([play("GBAYE6800011", 30.0)], REG),
    ([play("GBAYE6800011", 29.999)], REG),
    ([play("GBAYE6800011", 30.5), play("GBAYE0601690", 20)], REG, 20.25),
    ([play("GBAYE6800011", True)], REG, 1),
    ([play("GBAYE6800011", True)], REG, True),
    ([play("GBAYE6800011", False)], REG, False),
    ([play("GBAYE6800011", 10 ** 20)], REG),
    ([play("GBAYE6800011", 10 ** 20), play("GBAYE6800011", 1)], REG, 0),
    ([play("GBAYE6800011", 200)], REG, None),
    ([], REG, None),
    ([play("GBAYE6800011", 200)], REG, "30"),
    ([play("GBAYE6800011", "200")], REG),
    ([play("GBAYE6800011", None)], REG),
    ([play("GBAYE6800011", 200)], REG, float("inf")),
    ([play("GBAYE6800011", 200)], REG, float("-inf")),
    ([play("GBAYE6800011", 200)], REG, 10 ** 30),
    ([play("GBAYE6800011"), play("GBAYE0601690"), play("USRC17607839"), play("XX0000000000"), play("GBAYE6800011", 5)], REG),
    ([play("XX0000000000")] * 3, REG),
    ([play("GBAYE6800011")] * 4, REG),
    ([play("GBAYE6800011")] * 4, REG[::-1]),
    ([play("USRC17607839")], REG[::-1]),
    ([play("USRC17607839")], tuple(REG)),
    ([play("USRC17607839")], REG + REG),
    (tuple(play(code) for code in ["GBAYE6800011", "USRC17607839", "nope"]), REG),
    ([play(None)], REG),
    ([play(None, 10)], REG),
    ([play(12345)], REG),
    ([play(b"GBAYE6800011")], REG),
    ([play("GBAYE6800011")], [R(None, "W-1", "t", "a"), R("GBAYE6800011", "W-2", "t", "a")]),
    ([play("GBAYE6800011")], [R(12345, "W-1", "t", "a"), R("GBAYE6800011", "W-2", "t", "a")]),
    ([play("GBAYE6800011")], [R(["GBAYE6800011"], "W-1", "t", "a"), R("GBAYE6800011", "W-2", "t", "a")]),
    ([play("GBAYE6800011")], [R("GBAYE6800011", None, "t", "a")]),
    ([play("GBAYE6800011"), play("USRC17607839")], [R("GBAYE6800011", None, "t", "a"), R("USRC17607839", None, "u", "b")]),
    ([play("GBAYE6800011"), play("USRC17607839")], [R("GBAYE6800011", 1, "t", "a"), R("USRC17607839", 1.0, "u", "b")]),
    ([play("USRC17607839"), play("GBAYE6800011")], [R("GBAYE6800011", 1, "t", "a"), R("USRC17607839", 1.0, "u", "b")]),
    ([play("GBAYE6800011"), play("USRC17607839")], [R("GBAYE6800011", True, "t", "a"), R("USRC17607839", 1, "u", "b")]),
    ([play("GBAYE6800011"), play("USRC17607839")], [R("GBAYE6800011", ("W", 1), "t", "a"), R("USRC17607839", ("W", 1), "u", "b")]),
    ([play("GBAYE6800011")], [R("GBAYE6800011", ["W-1"], "t", "a")]),
    ([play("nope")], [R("GBAYE6800011", ["W-1"], "t", "a")]),
    ([play("GBAYE6800011")], [R("GBAYE6800011", "", "t", "a")]),
    ([play("GBAYE6800011")], [R("GBAYE6800011", "w-1", "t", "a"), R("GBAYE6800012", "W-1", "t", "a")]),
    ([play("GBAYE6800011")], [Rec("GBAYE6800011", "W-N", "t", "a")]),
    ([play("GBAYE6800011")], [Rec("GBAYE6800010", "W-N", "t", "a"), R("GBAYE6800011", "W-R", "t", "a")]),
    ([play("GBAYE6800011")], [SimpleNamespace(isrc="GBAYE6800011", work_id="W-S")]),
    ([play("GBAYE6800011")], [SimpleNamespace(isrc="GBAYE6800012"), SimpleNamespace(isrc="GBAYE6800011", work_id="W-S")]),
    ([play("GBAYE6800011")], [SimpleNamespace(work_id="W-S")]),
    ([play("GBAYE6800011")], [SimpleNamespace(isrc="GBAYE6800011")]),
    ([play("GBAYE6800011")], [None]),
    ([play("GBAYE6800011")], [R("GBAYE6800011", "W-1", "t", "a"), None]),
    ([play("GBAYE6800011")], [R("GBAYE6800011", "W-1", "t", "a"), SimpleNamespace(work_id="W-S")]),
    ([play("GBAYE6800011"), play("nope")], [R("GBAYE6800011", "W-1", "t", "a"), None]),
    ([play("GBAYE6800011"), play("USRC17607839")], [R("GBAYE6800011", "W-1", "t", "a"), R(["x"], "W-2", "t", "a"),
                                                    R("USRC17607839", "W-3", "t", "a")]),
    ([play("GBAYE6800011", 5)], [None]),
    ([play("GBAYE6800011")], [("GBAYE6800011", "W-1")]),
    ([play("GBAYE6800011")], {"GBAYE6800011": "W-1"}),
    ([play("GBAYE6800011", 5)], {"GBAYE6800011": "W-1"}),
    ([play("GBAYE6800011")], "GBAYE6800011"),
    ([play("GBAYE6800011")], None),
    ([], None),
    (None, REG),
    ([None], REG),
    ([play("GBAYE6800011"), None], REG),
    ([SimpleNamespace(isrc="GBAYE6800011", seconds=90)], REG),
    ([SimpleNamespace(isrc="GBAYE6800011")], REG),
    ([SimpleNamespace(seconds=90)], REG),
    ([SimpleNamespace(seconds=9)], REG),
    ([{"isrc": "GBAYE6800011", "seconds": 90}], REG),
    ([P("2024-01-05T06:00:00", "GBAYE6800011", "Ünïcödé", "日本語のタイトル", 240)], REG),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(usage_return, reference, *case)


def test_keyword_arguments() -> None:
    plays = [play("GBAYE6800011", 25), play("USRC17607839")]
    assert_same(usage_return, reference, recordings=REG, plays=plays, min_seconds=20)
    assert_same(usage_return, reference, plays, recordings=REG)


def _isrc(rng):
    return rng.choice(["GB", "US"]) + "".join(rng.choice("AB12") for _ in range(3)) + f"{rng.randint(0, 3):07d}"


def _display(code, rng):
    form = rng.random()
    if form < 0.5:
        return code
    if form < 0.75:
        return f"{code[:2]}-{code[2:5]}-{code[5:7]}-{code[7:]}"
    if form < 0.9:
        return code.lower()
    return code[:5] + " " + code[5:]


def _random_cases():
    rng = random.Random(4412)
    for _ in range(250):
        recordings = [R(_isrc(rng), f"W-{rng.randint(1, 6)}", "t", "a") for _ in range(rng.randint(0, 15))]
        plays = []
        for _ in range(rng.randint(0, 30)):
            code = rng.choice(recordings).isrc if recordings and rng.random() < 0.7 else _isrc(rng)
            plays.append(play(_display(code, rng), rng.choice([rng.randint(150, 330), rng.randint(0, 40)])))
        if rng.random() < 0.2:
            recordings = tuple(recordings)
        yield (plays, recordings) if rng.random() < 0.5 else (plays, recordings, rng.choice([0, 10, 30, 31, 200]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(usage_return, reference, *case)


def test_quarter() -> None:
    rng = random.Random(91)
    recordings = [R("".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(12)),
                    f"W-{rng.randint(1, 1500):06d}", f"T{n}", f"A{n % 300}") for n in range(2500)]
    plays = []
    for n in range(3000):
        code = rng.choice(recordings).isrc if rng.random() < 0.9 else "ZZ" + str(rng.randint(0, 10 ** 9))
        plays.append(P(f"2024-02-{1 + n % 28:02d}T10:00:00", _display(code, rng), "A", "T", rng.randint(10, 400)))
    assert_same(usage_return, reference, plays, recordings)
    assert_same(usage_return, reference, plays, recordings, 0)
