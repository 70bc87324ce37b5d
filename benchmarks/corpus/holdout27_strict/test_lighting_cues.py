"""Strict equivalence tests for cue_sheet (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import OrderedDict, namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from cuestack.cues import Cue, CueState
from cuestack.tracking import cue_sheet

TARGET = "cuestack/tracking.py:cue_sheet"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_levels_at(cues, index):
    state = {}
    for cue in cues[: index + 1]:
        for channel, level in cue.changes.items():
            if level is None:
                state.pop(channel, None)
            elif not 0 <= level <= 100:
                raise ValueError(f"cue {cue.number}: channel {channel} level {level} is outside 0-100")
            else:
                state[channel] = level
    return state


def reference(cues):
    sheet = []
    for index, cue in enumerate(cues):
        previous = _ref_levels_at(cues, index - 1)
        current = _ref_levels_at(cues, index)
        moving = tuple(
            channel
            for channel in sorted(set(previous) | set(current))
            if previous.get(channel) != current.get(channel)
        )
        sheet.append(CueState(cue.number, cue.label, dict(sorted(current.items())), moving))
    return sheet


# --- cases -------------------------------------------------------------------------------

BASIC = [
    Cue("1", {1: 50, 2: 50, 10: 80}, "preset"),
    Cue("2", {1: 70}, "lights up"),
    Cue("2.5", {2: 50, 3: 30}),
    Cue("3", {1: None, 10: 0}, "scene change"),
    Cue("4", {1: 0, 2: 0, 3: 0}, "blackout"),
]

CueLike = namedtuple("CueLike", "number changes label")

CASES = [
    [],
    (),
    BASIC,
    tuple(BASIC),
    BASIC[::-1],
    BASIC[:1],
    BASIC + BASIC,
    [Cue("1")],
    [Cue("1"), Cue("2"), Cue("3")],
    [Cue("1", {}), Cue("2", {5: None})],
    [Cue("1", {5: None}), Cue("2", {5: 0}), Cue("3", {5: None}), Cue("4", {5: None})],
    [Cue("1", {1: 0}), Cue("2", {1: 0}), Cue("3", {1: 0})],
    [Cue("1", {1: 100}), Cue("2", {1: 100.0}), Cue("3", {1: True}), Cue("4", {1: 1})],
    [Cue("1", {1: 1}), Cue("2", {1: True}), Cue("3", {1: 1.0}), Cue("4", {1: False}), Cue("5", {1: 0})],
    [Cue("1", {1: 50}), Cue("2", {1.0: 60}), Cue("3", {True: 70})],
    [Cue("1", {1: 50}), Cue("2", {1: None}), Cue("3", {1.0: 60}), Cue("4", {True: None, 2: 5})],
    [Cue("1", {1: 50.5}), Cue("2", {1: 50.49999})],
    [Cue("1", {1: 0.0}), Cue("2", {1: -0.0}), Cue("3", {1: 1e-300})],
    [Cue("1", {1: 101})],
    [Cue("1", {1: -1})],
    [Cue("1", {1: 100.0000001})],
    [Cue("1", {1: float("nan")})],
    [Cue("1", {1: float("inf")})],
    [Cue("1", {1: "50"})],
    [Cue("1", {1: [50]})],
    [Cue("1", {1: 50}), Cue("2", {2: 40}), Cue("3", {1: 200}), Cue("4", {1: 10})],
    [Cue("1", {1: 50}), Cue("2", {2: 40}), Cue("3", {1: None}), Cue("4", {1: -5})],
    [Cue("1", {1: 50, 2: 500})],
    [Cue("1", {1: 50}), Cue("2", {"2": 40})],
    [Cue("1", {"A": 50, "B": 20}), Cue("2", {"B": None, "C": 10})],
    [Cue("1", {(1, 2): 50}), Cue("2", {(1, 1): 40})],
    [Cue("1", {None: 50})],
    [Cue("1", {3: 10, 1: 20, 2: 30}), Cue("2", {2: None, 1: 20, 3: 11})],
    [Cue("1", {10 ** 20: 10, -3: 20, 0: 30})],
    [Cue("1", OrderedDict([(2, 10), (1, 20)])), Cue("2", OrderedDict([(1, 30)]))],
    [Cue(1, {1: 10}, None), Cue(2.5, {1: 20}, b"x"), Cue(None, {1: 30}, ("a",))],
    [Cue("1", {1: 10}, "Überblendung – Szene 1"), Cue("1", {1: 20}, "دخول"), Cue("1 ", {1: 30}, "final\n")],
    [Cue("1", {1: 10}), None],
    [None],
    [Cue("1", [(1, 10)])],
    [Cue("1", None)],
    [SimpleNamespace(number="1", changes={1: 10}, label="x"), SimpleNamespace(number="2", changes={1: None}, label="y")],
    [CueLike("1", {1: 10, 2: 20}, "a"), CueLike("2", {2: 30}, "b")],
    [SimpleNamespace(number="1", changes={1: 10})],
    [Cue("1", {1: 10}), SimpleNamespace(number="2", changes={1: 20})],
    "ab",
    None,
    [Cue(str(n), {n: n % 101}) for n in range(1, 60)],
    [Cue(str(n), {1: n % 101, 2: (n * 7) % 101}) for n in range(60)],
    [Cue(str(n), {c: None for c in range(n % 5)}) for n in range(30)],
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(cue_sheet, reference, case)


def test_keyword_argument() -> None:
    assert_same(cue_sheet, reference, cues=BASIC)


def test_result_does_not_share_cue_dicts() -> None:
    cues = [Cue("1", {1: 10}), Cue("2", {2: 20})]
    sheet = cue_sheet(cues)
    sheet[0].levels[1] = 99
    sheet[1].levels[2] = 99
    assert cues[0].changes == {1: 10} and cues[1].changes == {2: 20}
    assert cue_sheet(cues) == reference(cues)


def _random_cases():
    rng = random.Random(7012)
    levels = [0, 0.0, 1, 25, 50, 50.0, 99.5, 100, True, False, None, None]
    for _ in range(200):
        channels = list(range(1, rng.randint(1, 12) + 1))
        cues = []
        for n in range(rng.randint(0, 25)):
            changes = {}
            for _ in range(rng.randint(0, 6)):
                changes[rng.choice(channels)] = rng.choice(levels + [rng.randint(0, 100)])
            if rng.random() < 0.02:
                changes[rng.choice(channels)] = rng.choice([101, -1, 150.5])
            cues.append(Cue(f"{n}" if rng.random() < 0.9 else f"{n}.5", changes, rng.choice(["", "look", "fade"])))
        yield cues


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(cue_sheet, reference, case)


def test_show_cue_list() -> None:
    """A realistic cue list: 350 cues over 160 channels with blackouts and point cues."""
    rng = random.Random(99)
    cues = []
    for n in range(350):
        if rng.random() < 0.04:
            changes = {channel: 0 for channel in range(1, 161)}
        else:
            changes = {}
            for _ in range(rng.randint(1, 30)):
                changes[rng.randint(1, 160)] = None if rng.random() < 0.08 else rng.choice([0, 15, 30, 45, 60, 80, 100])
        cues.append(Cue(str(n + 1), changes, "act"))
    assert_same(cue_sheet, reference, cues)
