"""Strict equivalence tests for group_passes (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from bat_passes.calls import Call
from bat_passes.passes import Pass, group_passes

TARGET = "bat_passes/passes.py:group_passes"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(calls, max_gap=5.0):
    passes = []
    for call in sorted(calls, key=lambda call: (call.detector, call.night, call.seconds)):
        for bat_pass in passes:
            if (bat_pass.detector == call.detector and bat_pass.night == call.night
                    and bat_pass.species == call.species and call.seconds - bat_pass.end <= max_gap):
                bat_pass.end = call.seconds
                bat_pass.calls += 1
                break
        else:
            passes.append(Pass(call.detector, call.night, call.species, call.seconds, call.seconds))
    return passes


# --- cases -------------------------------------------------------------------------------

def c(seconds, species="PIPPIP", detector="SM4-01", night="2024-06-01", confidence=1.0):
    return Call(detector, night, seconds, species, confidence)


BASIC = [c(10.0), c(11.5), c(14.0), c(19.0), c(19.1, "NYCNOC"), c(25.0), c(3.0, detector="SM4-02"),
         c(4.0, night="2024-05-31"), c(30.0, "NYCNOC")]

GAPS = [5.0, 0, 0.0, -1.0, 1, 4.9999, 5, 100.0, float("inf"), float("-inf"), float("nan"), True]

CASES = [(BASIC, gap) for gap in GAPS]
CASES += [([], gap) for gap in (5.0, float("nan"))]
CASES += [
    ([],),
    ((),),
    (BASIC,),
    (tuple(BASIC),),
    (list(reversed(BASIC)),),
    (BASIC + BASIC,),
    ([c(1.0), c(1.0), c(1.0)],),
    ([c(1.0), c(1.0, "NYCNOC"), c(1.0), c(1.0, "NYCNOC")],),
    ([c(1.0, "NYCNOC"), c(1.0), c(6.0), c(6.0, "NYCNOC"), c(11.0, "NYCNOC")],),
    ([c(0.1), c(0.30000000000000004), c(5.3)], 5.0),
    ([c(0.1), c(0.2), c(5.3)], 5.1),
    ([c(0), c(5), c(10), c(15.5)],),
    ([c(0), c(5.0), c(10), c(15)], 5),
    ([c(-30.0), c(-27.0), c(-21.0), c(-16.5)],),
    ([c(1.0), c(3.0), c(5.0), c(7.0), c(9.0), c(20.0)], 2.0),
    ([c(1.0), c(3.0), c(5.0), c(7.0), c(9.0), c(20.0)], 1.999),
    ([c(float("inf")), c(float("inf"))],),
    ([c(float("-inf")), c(float("-inf")), c(0.0)],),
    ([c(5.0), c(float("inf")), c(float("inf"))], float("inf")),
    ([c(1.0), c(2.0, species="pippip"), c(3.0, species="PIPPIP ")],),
    ([c(1.0, detector="SM4-1"), c(2.0, detector="SM4-01"), c(3.0, detector="sm4-01")],),
    ([c(1.0, night="2024-06-01"), c(2.0, night="2024-6-1"), c(3.0, night="")],),
    ([c(1.0, confidence=0.1), c(2.0, confidence=0.9)],),
    ([c(None)],),
    ([c(None), c(1.0)],),
    ([c(1.0), c(2.0, detector=None)],),
    ([c(1.0, species=None), c(2.0, species=None), c(2.5)],),
    ([c(1), c(2.5), c(True), c(False)],),
    ([c(1.0)], "5"),
    ([c(1.0), c(2.0)], "5"),
    ([c(1.0), c(2.0)], None),
    ([c(1.0), None],),
    ([None],),
    (None,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(group_passes, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(group_passes, reference, calls=BASIC, max_gap=2.0)
    assert_same(group_passes, reference, BASIC, max_gap=0.5)


def _random_cases():
    rng = random.Random(32061)
    for number in range(240):
        calls = []
        for _ in range(rng.choice([0, 1, 5, 20, 60, 150])):
            seconds = rng.choice([round(rng.uniform(-20, 200), 1), float(rng.randint(0, 40)), rng.randint(0, 40)])
            calls.append(c(seconds, rng.choice(["PIPPIP", "PIPPYG", "NYCNOC"]), rng.choice(["SM4-01", "SM4-02"]),
                           rng.choice(["2024-06-01", "2024-06-02"]), rng.choice([0.5, 0.9, 1.0])))
        args = [calls]
        if rng.random() < 0.5:
            args.append(rng.choice([0.0, 1.0, 2.5, 5.0, 10, 60.0]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(group_passes, reference, *case)
