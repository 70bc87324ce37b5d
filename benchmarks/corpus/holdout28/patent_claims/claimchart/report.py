"""Summaries of a claim set for the attorney's review memo."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claimchart.claims import Claim


def claim_families(claims: Sequence[Claim]) -> dict[int, list[int]]:
    """The claims that refer directly to each claim, in claim order, keyed by every claim number."""
    families: dict[int, list[int]] = {claim.number: [] for claim in claims}
    for claim in claims:
        for reference in claim.depends_on:
            families.setdefault(reference, []).append(claim.number)
    return families


def broadest_claims(claims: Sequence[Claim]) -> list[int]:
    """Numbers of the independent claims, in claim order."""
    return [claim.number for claim in claims if claim.independent]


def chart_lines(sets: Mapping[int, tuple[str, ...]], width: int = 60) -> list[str]:
    """One line per claim: its number, its feature count and the start of its last feature."""
    lines = []
    for number, features in sets.items():
        last = features[-1] if features else ""
        if len(last) > width:
            last = last[: width - 3] + "..."
        lines.append(f"claim {number:>3}: {len(features):>3} features  {last}")
    return lines
