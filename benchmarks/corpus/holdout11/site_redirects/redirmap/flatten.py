"""Collapse chains of HTTP redirect rules so every old URL points straight at its final page."""

from __future__ import annotations

from typing import Iterable


def normalise_path(path: str) -> str:
    """'/a/b/' and 'a/b' both become '/a/b'; the site root stays '/'. Query strings are kept."""
    path = path.strip()
    if not path.startswith("/"):
        path = "/" + path
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return path


def parse_rules(text: str) -> list[tuple[str, str]]:
    """Lines of 'old-path new-path'; blank lines and lines starting with # are skipped."""
    rules = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        source, target = line.split()
        rules.append((source, target))
    return rules


def flatten_redirects(rules: Iterable[tuple[str, str]]) -> tuple[dict[str, str], list[str]]:
    """Single-hop redirects plus the sources whose chains never end.

    Paths are normalised first and a later rule for the same source replaces an earlier
    one. Returns ({source: final target}, sorted list of sources caught in a redirect
    loop); looping sources are left out of the mapping.
    """
    mapping: dict[str, str] = {}
    for source, target in rules:
        mapping[normalise_path(source)] = normalise_path(target)
    flat: dict[str, str] = {}
    looping: list[str] = []
    for source in mapping:
        chain = [source]
        current = mapping[source]
        while current in mapping and current not in chain:
            chain.append(current)
            current = mapping[current]
        if current in chain:
            looping.append(source)
        else:
            flat[source] = current
    return flat, sorted(looping)
