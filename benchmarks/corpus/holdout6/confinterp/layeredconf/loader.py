"""Read INI-style text into a flat mapping of dotted keys, and stack several layers."""

from __future__ import annotations

from typing import Mapping


class ConfigSyntaxError(ValueError):
    """A line that is neither a section header, a setting, a comment nor blank."""


def load(text: str) -> dict[str, str]:
    """`[db]` followed by `host = x` gives {"db.host": "x"}; keys before any section stay bare."""
    settings: dict[str, str] = {}
    section = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ConfigSyntaxError(f"line {number}: expected 'key = value', got {raw!r}")
        key = key.strip()
        settings[f"{section}.{key}" if section else key] = value.strip()
    return settings


def merge_layers(*layers: Mapping[str, str]) -> dict[str, str]:
    """Later layers override earlier ones key by key."""
    merged: dict[str, str] = {}
    for layer in layers:
        merged.update(layer)
    return merged
