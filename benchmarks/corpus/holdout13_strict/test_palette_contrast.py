"""Strict equivalence tests for contrast_report (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from contrastcheck.report import contrast_report
from strict_support import assert_same

TARGET = "contrastcheck/report.py:contrast_report"


def _parse_hex(colour):
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(char * 2 for char in value)
    if len(value) != 6:
        raise ValueError(f"not a hex colour: {colour!r}")
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        raise ValueError(f"not a hex colour: {colour!r}") from None


def _linear(value):
    scaled = value / 255
    if scaled <= 0.04045:
        return scaled / 12.92
    return ((scaled + 0.055) / 1.055) ** 2.4


def _luminance(colour):
    red, green, blue = _parse_hex(colour)
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def _ratio(foreground, background):
    first = _luminance(foreground)
    second = _luminance(background)
    lighter, darker = max(first, second), min(first, second)
    return (lighter + 0.05) / (darker + 0.05)


def _grade(ratio):
    if ratio >= 7:
        return "AAA"
    if ratio >= 4.5:
        return "AA"
    if ratio >= 3:
        return "AA-large"
    return "fail"


def reference(palette, min_ratio=3.0):
    pairs = []
    best = {}
    checked = 0
    for background_name, background in palette.items():
        for foreground_name, foreground in palette.items():
            if foreground_name == background_name:
                continue
            checked += 1
            ratio = _ratio(foreground, background)
            if ratio < min_ratio:
                continue
            pairs.append((foreground_name, background_name, round(ratio, 2), _grade(ratio)))
            if background_name not in best or ratio > best[background_name][1]:
                best[background_name] = (foreground_name, ratio)
    pairs.sort(key=lambda pair: (-pair[2], pair[1], pair[0]))
    return {
        "pairs": pairs,
        "best_text": {background: foreground for background, (foreground, _) in best.items()},
        "checked": checked,
    }


PALETTES = [
    {},
    {"white": "#FFFFFF"},
    {"bad": "#12"},
    {"bad": 12},
    {"bad": ["#fff"]},
    {"white": "#FFFFFF", "black": "#000000"},
    {"black": "#000", "white": "#fff"},
    {"white": "#FFFFFF", "white-too": "#fff", "black": "#000", "black-too": "000000"},
    {"a": "#777777", "b": "#777777", "c": "#777777"},
    {"white": "#FFFFFF", "black": "#000000", "grey": "#767676", "light": "#EEEEEE"},
    {"zeta": "#000", "alpha": "#000", "mid": "#888", "Beta": "#fff", "beta": "#FFF"},
    {"ws": "  #1a2b3c  ", "tab": "\t#FFF\n", "hashes": "##abc", "nohash": "abcdef", "upper": "#ABCDEF"},
    {"ok": "#FFFFFF", "bad": "#12"},
    {"bad": "#12", "ok": "#FFFFFF"},
    {"bad-int": 7, "bad-hex": "#GGGGGG"},
    {"bad-hex": "#GGGGGG", "bad-int": 7},
    {"ok": "#000", "bad-hex": "#GGGGGG", "bad-int": 7},
    {"ok": "#000", "bad-int": 7, "bad-hex": "#GGGGGG"},
    {"ok": "#000", "also-ok": "#fff", "bad-list": ["#fff"], "bad-hex": "#xyz"},
    {"ok": "#000", "none": None},
    {"ok": "#000", "bytes": b"#ffffff"},
    {"plus": "#+f+f+f", "white": "#FFF"},
    {"under": "#1_2_34", "white": "#FFF"},
    {"prefixed": "#0x1234", "white": "#FFF"},
    {"seven": "#1234567", "white": "#FFF"},
    {"eight": "#11223344", "white": "#FFF"},
    {"fullwidth": "#１２３４５６", "white": "#FFF"},
    {"thai-digits": "#๑๒๓๔๕๖", "black": "#000"},
    {"rouge": "#C0392B", "écru": "#F3EFE0", "群青": "#4C6CB3", "ink": "#111"},
    {1: "#000", 2: "#fff", 3: "#888"},
    {1: "#000", "a": "#fff"},
    {(1, "x"): "#000", (0, "y"): "#fff", (0, "z"): "#FFF"},
    {"": "#000", " ": "#fff"},
    {"near-aa-1": "#767676", "near-aa-2": "#777777", "white": "#ffffff", "near-aaa": "#595959"},
]

RATIOS = [3.0, 4.5, 7, 1, 0, -5, 21, 21.0001, 4.54, 3]


@pytest.mark.parametrize("palette", PALETTES)
def test_default_ratio(palette) -> None:
    assert_same(contrast_report, reference, palette)


@pytest.mark.parametrize("min_ratio", RATIOS)
@pytest.mark.parametrize("palette", [p for p in PALETTES if len(p) >= 2][:12])
def test_ratios(palette, min_ratio) -> None:
    assert_same(contrast_report, reference, palette, min_ratio)


@pytest.mark.parametrize("min_ratio", [None, "4.5", float("inf"), float("-inf"), True, 4.5 + 0j])
def test_odd_ratios(min_ratio) -> None:
    assert_same(contrast_report, reference, {"white": "#FFFFFF", "black": "#000000", "grey": "#767676"}, min_ratio)
    assert_same(contrast_report, reference, {"white": "#FFFFFF"}, min_ratio)


def _random_palette(rng, size):
    palette = {}
    shared = ["#%02x%02x%02x" % (rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(4)]
    for n in range(size):
        if rng.random() < 0.3:
            colour = rng.choice(shared)
        elif rng.random() < 0.2:
            colour = "#" + "".join(rng.choice("0369cf") for _ in range(3))
        else:
            colour = "#%02X%02X%02X" % (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        palette[rng.choice(["c", "d", "e"]) + str(n * 7 % (size + 1))] = colour
    return palette


def _random_cases():
    rng = random.Random(31337)
    for _ in range(60):
        yield _random_palette(rng, rng.randint(0, 25)), rng.choice([1, 3.0, 4.5, 7, 2.5, 10])


@pytest.mark.parametrize("palette,min_ratio", list(_random_cases()))
def test_random(palette, min_ratio) -> None:
    assert_same(contrast_report, reference, palette, min_ratio)


def test_large_palette() -> None:
    rng = random.Random(5)
    palette = _random_palette(rng, 220)
    assert_same(contrast_report, reference, palette)
    assert_same(contrast_report, reference, palette, 4.5)
    palette["zz-broken"] = "#12345"
    assert_same(contrast_report, reference, palette)
