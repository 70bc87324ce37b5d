"""Strict equivalence tests for interpolate (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from layeredconf.interpolate import InterpolationError, interpolate
from strict_support import assert_same

TARGET = "layeredconf/interpolate.py:interpolate"

REFERENCE = re.compile(r"\$\{([^${}]+)\}")


def reference(settings):
    resolved = dict(settings)
    for key, value in resolved.items():
        for name in REFERENCE.findall(value):
            if name not in resolved:
                raise KeyError(f"{key} refers to undefined setting {name}")

    def replace(match):
        target = resolved[match.group(1)]
        if "${" in target:
            return match.group(0)
        return target

    while True:
        changed = False
        pending = []
        for key in resolved:
            value = resolved[key]
            if "${" not in value:
                continue
            expanded = REFERENCE.sub(replace, value)
            if expanded != value:
                resolved[key] = expanded
                changed = True
            if "${" in expanded:
                pending.append(key)
        if not pending:
            return resolved
        if not changed:
            raise InterpolationError("cannot expand: " + ", ".join(sorted(pending)))


CASES = [
    {},
    {"a": ""},
    {"a": "plain", "b": "$ not a ref", "c": "{braces}", "d": "$x {y}"},
    {"a": "${b}", "b": "${c}", "c": "${d}", "d": "end"},
    {"d": "end", "c": "${d}", "b": "${c}", "a": "${b}"},
    {"a": "${b}${b}${b}", "b": "${c}-${c}", "c": "x"},
    {"a": "${a}"},
    {"a": "${b}", "b": "${a}", "c": "fine", "d": "${c}"},
    {"z": "${y}", "y": "${x}", "x": "${z}", "w": "${z} and ${v}", "v": "ok"},
    {"a": "${missing}"},
    {"a": "${b}", "b": "${a}", "c": "${missing}"},
    {"c": "${missing}", "b": "${also missing}"},
    {"a": "${unterminated", "b": "${a}", "c": "fine"},
    {"a": "${}", "b": "x"},
    {"a": "$${b}", "b": "v"},
    {"a": "$${b}", "b": "{c}", "c": "deep"},
    {"a": "${b", "b": "x}"},
    {"a": "${x${k}}", "k": "1", "x1": "dynamic"},
    {"a": "${x${k}}", "k": "2", "x1": "dynamic"},
    {"a": "${x${k}}", "k": "${j}", "j": "1", "x1": "${end}", "end": "!"},
    {"a b": "spaced", "ref": "[${a b}]", "ü.ñ": "ünïcode", "u": "${ü.ñ}"},
    {"db.host": "h", "db.url": "pg://${db.host}/${db.name}", "db.name": "${app.name}_db", "app.name": "shop"},
    {"a": "${b}", "b": "${c}", "c": "${a}", "x": "${y}", "y": "plain"},
    {"a": "x" * 50 + "${b}", "b": "${c}" * 3, "c": "yz"},
    {"a": 5},
    {"a": "${b}", "b": 5},
    {"a": "ok", "b": None},
    {"a": "${b}", "b": "${c}", "c": "${b}", "d": "${a}", "e": "${d}", "f": "free"},
]


@pytest.mark.parametrize("settings", CASES)
def test_same_as_reference(settings) -> None:
    assert_same(interpolate, reference, settings)


@pytest.mark.parametrize("settings", [c for c in CASES if all(isinstance(v, str) for v in c.values())])
def test_same_error_message(settings) -> None:
    def message(function):
        try:
            return ("ok", function(settings))
        except KeyError as error:
            return ("KeyError", None)
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(interpolate) == message(reference)


def test_first_missing_reference_in_key_order_is_reported() -> None:
    settings = {"b": "${zz}", "a": "${yy}", "c": "${a}"}
    with pytest.raises(KeyError, match="b refers to undefined setting zz"):
        interpolate(settings)


def test_interpolation_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="cannot expand: a, b, c"):
        interpolate({"c": "${a}", "b": "${a}", "a": "${b}", "d": "x"})


def _random_settings(rng, size):
    keys = [f"k{n}" for n in range(size)]
    settings = {}
    for key in rng.sample(keys, len(keys)):
        parts = []
        for _ in range(rng.randint(0, 3)):
            roll = rng.random()
            if roll < 0.5:
                parts.append(rng.choice(["a", "/", "-", " ", "é", "$", "{", "}"]))
            elif roll < 0.97:
                parts.append("${" + rng.choice(keys) + "}")
            else:
                parts.append("${" + rng.choice(["nope", "k", ""]) + "}")
        settings[key] = "".join(parts)
    return settings


@pytest.mark.parametrize("seed", range(40))
def test_random_settings(seed) -> None:
    rng = random.Random(seed)
    assert_same(interpolate, reference, _random_settings(rng, rng.randint(1, 10)))


def test_long_chain_in_reverse_order() -> None:
    settings = {f"k{n}": f"{n}:${{k{n + 1}}}" for n in range(150)}
    settings["k150"] = "end"
    assert_same(interpolate, reference, settings)
    settings["k150"] = "${k0}"
    assert_same(interpolate, reference, settings)


def test_very_long_chain() -> None:
    settings = {f"k{n}": f"${{k{n + 1}}}/" for n in range(700)}
    settings["k700"] = "root"
    assert_same(interpolate, reference, settings)
