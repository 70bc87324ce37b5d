"""Strict equivalence tests for line_width (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from sign_layout.fonts import Font
from sign_layout.layout import line_width

TARGET = "sign_layout/layout.py:line_width"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(text, font, cap_height_mm, tracking=0):
    scale = cap_height_mm / font.cap_height
    units = 0
    previous = None
    for char in text:
        units += font.advances.get(char, font.default_advance)
        if previous is not None:
            for left, right, adjust in font.kerning:
                if left == previous and right == char:
                    units += adjust
                    break
        previous = char
    units += tracking * max(len(text) - 1, 0)
    return round(units * scale, 1)


# --- cases -------------------------------------------------------------------------------

def f(advances=None, kerning=None, cap_height=700, default=500):
    return Font("Test", cap_height, dict(advances or {}), list(kerning or []), default)


BASIC = f({"A": 700, "V": 650, " ": 250, "a": 520},
          [("A", "V", -80), ("V", "A", -70), ("A", "V", -10), ("a", "a", 15), ("A", "A", 0)])

CASES = [
    ("", BASIC, 700.0),
    ("", BASIC, 700.0, 25),
    ("A", BASIC, 700.0),
    ("A", BASIC, 700.0, 40),
    ("AV", BASIC, 700.0),
    ("VA", BASIC, 700.0),
    ("AVA", BASIC, 700.0),
    ("AAAA", BASIC, 700.0),
    ("aaaa", BASIC, 350.0),
    ("A V", BASIC, 700.0),
    ("av", BASIC, 700.0),
    ("AV", BASIC, 100),
    ("AV", BASIC, 0),
    ("AV", BASIC, 0.0),
    ("AV", BASIC, -50.0),
    ("AV", BASIC, 700.0, -30),
    ("AV", BASIC, 700.0, 12.5),
    ("AV", BASIC, 1e-9),
    ("AV", BASIC, 1e9),
    ("??", BASIC, 700.0),
    ("A?V", BASIC, 700.0),
    ("AV", f({}, [], 700, 0), 700.0),
    ("AV", f({}, [("A", "V", -80)], 700, 0), 700.0),
    ("AV", f({"A": 700.5, "V": 650.25}, [("A", "V", -80.5)]), 700.0),
    ("AV", f({"A": 700, "V": 650}, [("A", "V", -80)], cap_height=0), 700.0),
    ("", f({}, [], cap_height=0), 700.0),
    ("AV", f({"A": 700, "V": 650}, [("A", "V", -80)], cap_height=718.0), 100.0),
    ("AV", f({"A": 700, "V": 650}, [("A", "V", -80)], cap_height=-700), 100.0),
    # duplicated pairs: the first entry counts, even when it is zero
    ("AV", f({"A": 1, "V": 1}, [("A", "V", 0), ("A", "V", -80)]), 700.0),
    ("AV", f({"A": 1, "V": 1}, [("V", "A", 3), ("A", "V", 5), ("A", "V", 7)]), 700.0),
    # a pair whose left side is None must never apply to the first character
    ("AV", f({"A": 700, "V": 650}, [(None, "A", -500), ("A", "V", -80)]), 700.0),
    ("A", f({"A": 700}, [(None, "A", -500)]), 700.0),
    # multi-character kerning entries never match single characters
    ("AV", f({"A": 700, "V": 650}, [("AV", "A", -500), ("A", "VA", -500)]), 700.0),
    # kerning stored as tuples of lists, or as a tuple
    ("AVA", Font("T", 700, {"A": 700, "V": 650}, (["A", "V", -80], ["V", "A", -70]), 500), 700.0),
    # a malformed kerning entry only matters once a pair has to be looked up past it
    ("A", f({"A": 700}, [("A", "V")]), 700.0),
    ("", f({}, [("A",)]), 700.0),
    ("AV", f({"A": 700}, [("A", "V", -80), ("A", "V")]), 700.0),
    ("VA", f({"A": 700}, [("A", "V", -80), ("A", "V")]), 700.0),
    ("AV", f({"A": 700}, [("A", "V", None)]), 700.0),
    ("AV", f({"A": 700}, None), 700.0),
    # missing font fields, odd text types
    ("AV", None, 700.0),
    (None, BASIC, 700.0),
    ("AV", BASIC, None),
    ("AV", BASIC, "700"),
    ("AV", BASIC, 700.0, None),
    (["A", "V", "A"], BASIC, 700.0),
    (("AV", "A"), f({"AV": 1000, "A": 700}, [("AV", "A", -40)]), 700.0),
    ("AV", f({"A": 700, "V": None}), 700.0),
    ("A\u0301V\u00e9", f({"A": 700, "V": 650, "\u00e9": 500}, [("\u0301", "V", -20)]), 700.0),
    ("  ", f({" ": 250}, [(" ", " ", -250)]), 700.0),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(line_width, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(line_width, reference, text="AVA", font=BASIC, cap_height_mm=120.0, tracking=15)
    assert_same(line_width, reference, "AVA", BASIC, cap_height_mm=120.0)


def _random_cases():
    rng = random.Random(31051)
    alphabet = "AVWTYLPFaeoy.,'- 7"
    for _ in range(260):
        chars = rng.sample(alphabet, rng.randint(0, len(alphabet)))
        advances = {char: rng.randint(200, 900) for char in chars}
        kerning = []
        for _ in range(rng.choice([0, 1, 5, 30, 120])):
            kerning.append((rng.choice(alphabet), rng.choice(alphabet), rng.randint(-150, 50)))
        if kerning and rng.random() < 0.2:
            kerning += rng.choices(kerning, k=3)
            rng.shuffle(kerning)
        font = f(advances, kerning, rng.choice([700, 718, 1000, 680.5]), rng.choice([500, 0, 612]))
        text = "".join(rng.choice(alphabet + "xQ") for _ in range(rng.choice([0, 1, 2, 8, 30])))
        args = [text, font, rng.choice([50.0, 100, 150.0, 333.3, 1000.0])]
        if rng.random() < 0.5:
            args.append(rng.choice([0, 10, -20, 35]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(line_width, reference, *case)


def test_full_typeface() -> None:
    """A realistic face with every printable character and two thousand kerning pairs."""
    rng = random.Random(3106)
    advances = {chr(code): rng.randint(250, 900) for code in range(32, 127)}
    kerning = [(chr(rng.randint(33, 126)), chr(rng.randint(33, 126)), rng.randint(-120, 40)) for _ in range(2000)]
    font = f(advances, kerning, 718)
    for _ in range(20):
        text = "".join(chr(rng.randint(32, 126)) for _ in range(rng.randint(5, 60)))
        assert_same(line_width, reference, text, font, rng.choice([100.0, 250.0]), rng.choice([0, 20]))
