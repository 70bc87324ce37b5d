"""Strict equivalence tests for render_prompt (never shown to wattlens)."""

from __future__ import annotations

import copy
import math
import random
import struct

import pytest
from ivrprompt.clips import Clip, Pause, Say
from ivrprompt.wav import render_prompt
from strict_support import assert_same

TARGET = "ivrprompt/wav.py:render_prompt"


# --- verbatim copy of the original implementation and its helpers -------------------------

def db_to_gain(gain_db):
    return 10 ** (gain_db / 20)


def clamp16(value):
    if value > 32767:
        return 32767
    if value < -32768:
        return -32768
    return value


def wav_header(sample_count, sample_rate):
    data_size = sample_count * 2
    return (b"RIFF" + struct.pack("<I", 36 + data_size) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, sample_rate, sample_rate * 2, 2, 16)
            + b"data" + struct.pack("<I", data_size))


def reference(segments, library, sample_rate=8000):
    data = b""
    for segment in segments:
        if isinstance(segment, Pause):
            for _ in range(segment.ms * sample_rate // 1000):
                data += struct.pack("<h", 0)
        else:
            clip = library[segment.clip]
            gain = db_to_gain(segment.gain_db)
            for sample in clip.samples:
                data += struct.pack("<h", clamp16(round(sample * gain)))
    return wav_header(len(data) // 2, sample_rate) + data


# --- cases -------------------------------------------------------------------------------

LIB = {
    "hello": Clip("hello", [0, 1000, -1000, 32767, -32768, 5, -5]),
    "loud": Clip("loud", [20000, -20000, 32000, -32000, 16384]),
    "empty": Clip("empty", []),
    "odd": Clip("odd", [1, 3, 5, 7, -1, -3, -5, -7, 2]),
    "floats": Clip("floats", [0.5, 1.5, 2.5, -0.5, -1.5, 32766.5, 32767.4, -32768.6, 1e-9]),
    "edges": Clip("edges", [32767, 32768, -32768, -32769, 40000, -40000, 10 ** 6, -(10 ** 6)]),
    "bools": Clip("bools", [True, False, True]),
    "ünïcödé": Clip("ünïcödé", [7, 8, 9]),
    "": Clip("", [42]),
    "bad": Clip("bad", [1, "x", 3]),
    "none": Clip("none", [1, None]),
    "big": Clip("big", [10 ** 400]),
}

CASES = [
    ([], LIB),
    ((), LIB),
    ([], {}),
    ([], LIB, 16000),
    ([], LIB, 0),
    ([Pause(0)], LIB),
    ([Pause(1)], LIB),
    ([Pause(125)], LIB),
    ([Pause(3)], LIB, 44100),
    ([Pause(1)], LIB, 999),
    ([Pause(-20)], LIB),
    ([Pause(True)], LIB),
    ([Pause(10)], LIB, 0),
    ([Pause(2.5)], LIB),
    ([Pause(None)], LIB),
    ([Pause("5")], LIB),
    ([Say("hello")], LIB),
    ([Say("hello"), Say("hello"), Pause(1), Say("hello")], LIB),
    ([Say("empty")], LIB),
    ([Say("empty", None)], LIB),
    ([Say("hello", 6.0)], LIB),
    ([Say("hello", -6.0)], LIB),
    ([Say("loud", 6)], LIB),
    ([Say("loud", 3.0)], LIB),
    ([Say("loud", -200.0)], LIB),
    ([Say("loud", 200.0)], LIB),
    ([Say("loud", 1e5)], LIB),
    ([Say("hello", math.inf)], LIB),
    ([Say("hello", -math.inf)], LIB),
    ([Say("hello", math.nan)], LIB),
    ([Say("empty", math.nan)], LIB),
    ([Say("odd", -6.020599913279624)], LIB),
    ([Say("odd", 3.521825181113625)], LIB),
    ([Say("floats")], LIB),
    ([Say("floats", 0.0001)], LIB),
    ([Say("edges")], LIB),
    ([Say("edges", -0.5)], LIB),
    ([Say("bools")], LIB),
    ([Say("bools", 90.0)], LIB),
    ([Say("ünïcödé"), Say("")], LIB),
    ([Say("hello", True)], LIB),
    ([Say("hello", 0)], LIB),
    # errors
    ([Say("missing")], LIB),
    ([Say("hello"), Say("missing")], LIB),
    ([Say("bad")], LIB),
    ([Say("none")], LIB),
    ([Say("big")], LIB),
    ([Say("big", -math.inf)], LIB),
    ([Say("hello", "3")], LIB),
    ([Say("hello"), None], LIB),
    (["hello"], LIB),
    ([Say("hello")], None),
    ([Say("hello")], LIB, -8000),
    ([Pause(5)], LIB, -8000),
    ([Say("hello")], LIB, 2 ** 31),
    ([Say("hello")], LIB, 2 ** 32),
    ([Say("hello")], LIB, 8000.0),
    ([Pause(5)], LIB, 8000.0),
    ([Say("hello")], LIB, None),
    ([Say("hello")], {"hello": Clip("hello", None)}),
    ([Say("hello")], {"hello": Clip("hello", (1, 2, 3))}),
    ([Say("hello")], {"hello": Clip("hello", range(-3, 3))}),
    ([Say(0)], {0: Clip("zero", [0, 1])}),
    ([Say("loud", 2.0), Pause(2), Say("floats", -1.0), Pause(0), Say("edges", 0.1)], LIB, 11025),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(render_prompt, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(render_prompt, reference, library=LIB, segments=[Pause(2), Say("odd", 1.5)], sample_rate=16000)


def test_inputs_are_not_modified() -> None:
    library = copy.deepcopy(LIB)
    segments = [Say("hello", 2.0), Pause(3), Say("loud")]
    before = copy.deepcopy((segments, library))
    render_prompt(segments, library)
    assert (segments, library) == before


def test_result_is_bytes() -> None:
    assert type(render_prompt([Say("hello"), Pause(1)], LIB)) is bytes
    assert type(render_prompt([], LIB)) is bytes


def _random_cases():
    rng = random.Random(31337)
    for index in range(170):
        library = {}
        for number in range(rng.randint(1, 5)):
            kind = rng.random()
            if kind < 0.6:
                samples = [rng.randint(-32768, 32767) for _ in range(rng.randint(0, 120))]
            elif kind < 0.85:
                samples = [rng.randint(-45000, 45000) for _ in range(rng.randint(0, 60))]
            else:
                samples = [rng.choice([rng.uniform(-33000, 33000), rng.randint(-3, 3) + 0.5])
                           for _ in range(rng.randint(0, 40))]
            library[f"c{number}"] = Clip(f"c{number}", samples)
        segments = []
        for _ in range(rng.randint(0, 8)):
            if rng.random() < 0.35:
                segments.append(Pause(rng.choice([0, 1, 2, 3, 7, 10, -4])))
            else:
                segments.append(Say(rng.choice(list(library)),
                                    rng.choice([0.0, 0.0, 1.5, -1.5, 6.0, -6.0, 12.0, -20.0, rng.uniform(-10, 10)])))
        rate = rng.choice([8000, 8000, 16000, 11025, 44100, 1000, 333])
        yield (segments, library, rate) if index % 5 else (segments, library)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(render_prompt, reference, *case)


def test_large_prompt() -> None:
    rng = random.Random(8)
    library = {f"w{n}": Clip(f"w{n}", [int(12000 * math.sin(k / (3 + n))) + rng.randint(-50, 50) for k in range(1500)])
               for n in range(6)}
    segments = []
    for _ in range(14):
        segments += [Say(f"w{rng.randrange(6)}", rng.choice([0.0, 2.0, -3.0, 9.0])), Pause(rng.choice([40, 60, 120]))]
    assert_same(render_prompt, reference, segments, library)
