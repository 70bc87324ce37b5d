"""Postcode clean-up shared by the territory rules and the CRM accounts."""

from __future__ import annotations

_DROP = " -\t"


def normalise_postcode(raw: str) -> str:
    """Upper-case and strip spaces, hyphens and tabs: ' sw1a 1aa' -> 'SW1A1AA'."""
    if not isinstance(raw, str):
        raise TypeError(f"postcode must be a string, not {type(raw).__name__}")
    return "".join(ch for ch in raw.upper() if ch not in _DROP)
