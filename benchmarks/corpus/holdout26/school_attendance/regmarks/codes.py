"""Register attendance codes (England's national codes) and what each counts as."""

from __future__ import annotations

PRESENT = frozenset({"/", "\\", "L", "B", "D", "J", "P", "V", "W"})
AUTHORISED = frozenset({"C", "E", "H", "I", "M", "R", "S", "T"})
UNAUTHORISED = frozenset({"G", "N", "O", "U"})
NOT_POSSIBLE = frozenset({"X", "Y", "Z", "#"})


def category(mark: str) -> str:
    """``present``, ``authorised``, ``unauthorised`` or ``not possible``; raises ValueError for an unknown code."""
    if mark in PRESENT:
        return "present"
    if mark in AUTHORISED:
        return "authorised"
    if mark in UNAUTHORISED:
        return "unauthorised"
    if mark in NOT_POSSIBLE:
        return "not possible"
    raise ValueError(f"unknown attendance code {mark!r}")
