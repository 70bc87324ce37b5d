"""Claim charts: the complete set of features each claim covers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claimchart.claims import Claim


def _collect(by_number: Mapping[int, Claim], number: int) -> list[str]:
    """Features of claim ``number``, preceded by those of every claim it refers back to."""
    claim = by_number[number]
    features: list[str] = []
    for reference in claim.depends_on:
        features.extend(_collect(by_number, reference))
    features.extend(claim.features)
    return features


def feature_sets(claims: Sequence[Claim]) -> dict[int, tuple[str, ...]]:
    """Every claim's complete feature set, keyed by claim number in the order the claims are given.

    A dependent claim covers its own features and all features of the claims it refers back to,
    directly or through other claims (a multiple dependent claim takes all of its alternatives).
    Features are listed in the order they are first met walking the references depth first, in
    the order cited, before the claim's own features; a repeated feature is kept once.

    Raises ``ValueError`` when a claim number appears twice, or when a claim refers to a claim
    that does not exist or that does not precede it.
    """
    by_number: dict[int, Claim] = {}
    for claim in claims:
        if claim.number in by_number:
            raise ValueError(f"claim {claim.number} appears twice")
        by_number[claim.number] = claim
    for claim in claims:
        for reference in claim.depends_on:
            if reference not in by_number:
                raise ValueError(f"claim {claim.number} refers to missing claim {reference}")
            if reference >= claim.number:
                raise ValueError(f"claim {claim.number} refers to claim {reference}, which does not precede it")
    return {claim.number: tuple(dict.fromkeys(_collect(by_number, claim.number))) for claim in claims}
