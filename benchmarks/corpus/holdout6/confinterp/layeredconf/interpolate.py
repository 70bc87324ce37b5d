"""Expand ${key} references between settings."""

from __future__ import annotations

import re
from typing import Mapping

REFERENCE = re.compile(r"\$\{([^${}]+)\}")


class InterpolationError(ValueError):
    """Some settings refer to each other in a circle (or hold a broken '${')."""


def interpolate(settings: Mapping[str, str]) -> dict[str, str]:
    """A copy of `settings` with every ${other.key} replaced by that setting's final value.

    Raises KeyError for a reference to a key that does not exist (the first such
    reference in key order), and InterpolationError, listing the affected keys sorted,
    when some values can never be fully expanded.
    """
    resolved = dict(settings)
    for key, value in resolved.items():
        for name in REFERENCE.findall(value):
            if name not in resolved:
                raise KeyError(f"{key} refers to undefined setting {name}")

    def replace(match: re.Match) -> str:
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
