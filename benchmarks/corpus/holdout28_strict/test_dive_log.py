"""Strict equivalence tests for summarise_dive (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from divelog.profile import Sample
from divelog.summary import DiveSummary, summarise_dive

TARGET = "divelog/summary.py:summarise_dive"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_SAFETY_STOP_TOP_M = 3.0
_REF_SAFETY_STOP_BOTTOM_M = 6.0


def _ref_parse_sample(line, number):
    fields = line.split(",")
    if len(fields) != 3:
        raise ValueError(f"line {number}: expected 3 fields, found {len(fields)}")
    time_s, depth, temp = int(fields[0]), float(fields[1]), fields[2].strip()
    if depth < 0:
        raise ValueError(f"line {number}: negative depth {depth}")
    return Sample(time_s, depth, float(temp) if temp else None)


def reference(text, ascent_limit_m_min=10.0, safety_stop_s=180):
    samples = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#") or line.lower().startswith("time"):
            continue
        sample = _ref_parse_sample(line, number)
        if samples and sample.time_s <= samples[-1].time_s:
            raise ValueError(f"line {number}: time {sample.time_s} does not increase")
        samples = samples + [sample]
    if len(samples) < 2:
        raise ValueError("a dive needs at least two samples")

    duration = samples[-1].time_s - samples[0].time_s
    deepest = max(range(len(samples)), key=lambda index: samples[index].depth_m)
    area = 0.0
    violations = 0
    fastest = 0.0
    ascending_fast = False
    stop_start = None
    longest_stop = 0
    for index in range(1, len(samples)):
        before, after = samples[index - 1], samples[index]
        interval = after.time_s - before.time_s
        area += interval * (before.depth_m + after.depth_m) / 2
        rate = (before.depth_m - after.depth_m) * 60 / interval
        fastest = max(fastest, rate)
        if rate > ascent_limit_m_min:
            violations += 0 if ascending_fast else 1
            ascending_fast = True
        else:
            ascending_fast = False
        if index > deepest and _REF_SAFETY_STOP_TOP_M <= after.depth_m <= _REF_SAFETY_STOP_BOTTOM_M:
            if stop_start is None:
                stop_start = after.time_s
            longest_stop = max(longest_stop, after.time_s - stop_start)
        else:
            stop_start = None
    temperatures = [sample.temp_c for sample in samples if sample.temp_c is not None]
    return DiveSummary(len(samples), duration, round(samples[deepest].depth_m, 1), round(area / duration, 1), violations,
                       round(fastest, 1), longest_stop >= safety_stop_s, min(temperatures) if temperatures else None)


# --- cases -------------------------------------------------------------------------------

DIVE = """# computer: test
time_s,depth_m,temp_c
0,0.0,18.0
60,10.0,
120,20.0,14.5
180,20.0,
220,10.0,
300,5.0,16.0
400,4.0,
500,3.5,
540,0.0,17.5
"""

TWO = "0,0.0,\n60,5.0,\n"

CASES = [
    ("",),
    ("\n\n",),
    ("# only a comment\n",),
    ("time_s,depth_m,temp_c\n",),
    ("0,0.0,\n",),
    (TWO,),
    (TWO.rstrip("\n"),),
    (DIVE,),
    (DIVE, 5.0),
    (DIVE, 15.0),
    (DIVE, 14.999),
    (DIVE, 0),
    (DIVE, -1.0),
    (DIVE, float("inf")),
    (DIVE, True),
    (DIVE, None),
    ("0,0.0,\n", None),
    (DIVE, 10.0, 200),
    (DIVE, 10.0, 201),
    (DIVE, 10.0, 0),
    (DIVE, 10.0, -5),
    (DIVE, 10.0, 199.5),
    (DIVE, 10.0, None),
    (DIVE, 10.0, "180"),
    (DIVE.replace("\n", "\r\n"),),
    (DIVE.replace("\n", "\r"),),
    (DIVE.replace("\n", "\u2028"),),
    (DIVE.replace("\n", "\x1c"),),
    (DIVE.replace("\n", "\x0b"),),
    (DIVE.replace("\n", "  \n  "),),
    (DIVE.replace("\n", "\n\n"),),
    (DIVE.replace("time_s", "Time"),),
    (DIVE.replace("time_s", "TIME"),),
    (DIVE.replace("time_s", "t"),),
    (DIVE.replace("time_s,depth_m,temp_c", "timestamp;depth;temperature"),),
    (DIVE.replace("# computer", "#"),),
    (DIVE.replace("# computer", " # computer"),),
    (DIVE.replace("# computer: test", "computer: test"),),
    ("0,0,\n10,3,\n20,3,\n",),
    ("0, 0.0 , 18 \n10, 1.5 ,  \n",),
    ("0,0.0,\n1_0,1.5,\n",),
    ("0,0.0,\n+10,1.5,\n",),
    ("0,0.0,\n\u0661\u0660,1.5,\n",),
    ("0,0.0,\n10,1e1,\n",),
    ("0,0.0,\n10,1.5\n",),
    ("0,0.0,\n10,1.5,,\n",),
    ("0,0.0,\n10.0,1.5,\n",),
    ("0,0.0,\nten,1.5,\n",),
    ("0,0.0,\n10,deep,\n",),
    ("0,0.0,\n10,1.5,cold\n",),
    ("0,0.0,\n10,-0.1,\n",),
    ("0,-0.0,\n10,1.5,\n",),
    ("0,0.0,\n10,inf,\n",),
    ("0,0.0,\n0,1.5,\n",),
    ("10,0.0,\n5,1.5,\n",),
    ("0,0.0,\n10,1.0,\n10,2.0,\n",),
    ("-60,0.0,\n-30,2.0,\n0,1.0,\n",),
    ("0,5.0,\n10,5.0,\n20,5.0,\n",),
    ("0,5.0,\n10,5.0,\n20,5.0,\n", 10.0, 20),
    ("0,5.0,\n10,5.0,\n20,5.0,\n", 10.0, 10),
    ("0,10.0,\n100,6.0,\n200,3.0,\n300,2.9,\n", 10.0, 100),
    ("0,10.0,\n100,6.0,\n200,3.0,\n300,2.9,\n", 10.0, 101),
    ("0,10.0,\n100,6.01,\n200,3.0,\n300,2.99,\n", 10.0, 0),
    ("0,10.0,\n100,5.0,\n200,10.0,\n300,5.0,\n400,4.0,\n", 10.0, 100),
    ("0,10.0,\n100,5.0,\n200,10.0,\n300,5.0,\n400,4.0,\n", 10.0, 101),
    ("0,10.0,\n100,5.0,\n200,5.0,\n300,7.0,\n400,5.0,\n500,4.0,\n", 10.0, 150),
    ("0,0.0,\n60,30.0,\n120,30.0,\n180,20.0,\n",),
    ("0,30.0,\n10,20.0,\n20,10.0,\n30,9.0,\n40,0.0,\n",),
    ("0,30.0,\n10,20.0,\n20,10.0,\n30,9.0,\n40,0.0,\n", 60.0),
    ("0,30.0,\n10,20.0,\n20,10.0,\n30,9.0,\n40,0.0,\n", 54.0),
    ("0,0.0,\n1,0.1,\n2,0.2,\n3,0.30000000000000004,\n",),
    ("0,0.04,\n1,0.05,\n",),
    ("0,0.05,\n1,0.15,\n2,0.25,\n",),
    ("0,1e308,\n1,1e308,\n",),
    ("0,0.0,12.0\n10,2.0,11.5\n20,0.0,-1.5\n",),
    ("0,0.0,12\n10,2.0,12.0\n",),
    ("0,0.0,12\n10,2.0,nan\n",),
    ("0,0.0,   \n10,2.0,\t\n",),
    ("0,0.0,\n10,2.0,\n" * 1,),
    ("\ufeff0,0.0,\n10,2.0,\n",),
    ("0,0.0,\n10,2.0,\n# trailing comment",),
    ("0,0.0,\n10,2.0,\n  time to surface",),
    (None,),
    (b"0,0.0,\n10,2.0,\n",),
    (["0,0.0,", "10,2.0,"],),
    (123,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(summarise_dive, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(summarise_dive, reference, text=DIVE, ascent_limit_m_min=9.0, safety_stop_s=60)
    assert_same(summarise_dive, reference, DIVE, safety_stop_s=240)


def _random_cases():
    rng = random.Random(28010)
    for _ in range(230):
        lines = []
        if rng.random() < 0.5:
            lines.append("time_s,depth_m,temp_c")
        time_s, depth = rng.randint(-5, 5), 0.0
        for _ in range(rng.randint(0, 40)):
            depth = max(0.0, round(depth + rng.choice([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5, 4.0]), 2))
            temp = rng.choice(["", "", f"{rng.uniform(4, 20):.1f}"])
            lines.append(f"{time_s},{depth},{temp}")
            time_s += rng.choice([1, 2, 10, 30, 60])
            if rng.random() < 0.1:
                lines.append(rng.choice(["", "# marker", "   "]))
        roll = rng.random()
        if lines and roll < 0.04:
            lines.append(lines[-1])
        elif roll < 0.07:
            lines.append("5,-1.0,")
        elif roll < 0.1:
            lines.append("bad line")
        yield ("\n".join(lines) + rng.choice(["", "\n"]), rng.choice([10.0, 9, 18.0, 3.0]), rng.choice([180, 60, 30, 0]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(summarise_dive, reference, *case)


def test_recreational_dive_download() -> None:
    """A realistic 75-minute dive to 32 m, sampled every second, with a safety stop."""
    rng = random.Random(4242)
    lines = ["# computer: Petrel 3", "time_s,depth_m,temp_c"]
    depth, time_s = 0.0, 0
    for goal, seconds in ((32.0, 180), (30.0, 1500), (18.0, 1200), (5.0, 900), (4.5, 240), (0.0, 480)):
        for _ in range(seconds):
            depth = max(0.0, depth + (goal - depth) * 0.015 + rng.uniform(-0.04, 0.04))
            time_s += 1
            lines.append(f"{time_s},{depth:.2f},{'' if time_s % 10 else f'{max(8.0, 19 - depth * 0.3):.1f}'}")
    assert_same(summarise_dive, reference, "\n".join(lines) + "\n")
