"""Connected groups of claims ("rings") that share identifiers, directly or through others."""

from __future__ import annotations

from typing import Any, Sequence

from fraudlink.normalise import claim_identifiers


def find_rings(claims: Sequence[dict[str, Any]], min_claims: int = 3) -> list[dict[str, Any]]:
    """Rings of at least ``min_claims`` claims linked by shared phone, e-mail, address or account.

    Each ring is ``{"claims": ids in input order, "total": summed amount rounded to
    cents, "shared": sorted identifiers used by two or more of its claims}``. Rings are
    listed largest first, then by total (highest first), then by their earliest claim.
    """
    if min_claims < 2:
        raise ValueError("a ring needs at least two claims")
    groups: list[dict[str, list]] = []
    for index, claim in enumerate(claims):
        identifiers = claim_identifiers(claim)
        touching = [group for group in groups
                    if any(identifier in group["identifiers"] for identifier in identifiers)]
        merged = {"members": [index], "identifiers": list(identifiers)}
        for group in touching:
            merged["members"] = group["members"] + merged["members"]
            for identifier in group["identifiers"]:
                if identifier not in merged["identifiers"]:
                    merged["identifiers"].append(identifier)
            groups.remove(group)
        groups.append(merged)
    rings = []
    for group in groups:
        if len(group["members"]) < min_claims:
            continue
        members = sorted(group["members"])
        shared = sorted(identifier for identifier in group["identifiers"]
                        if sum(1 for member in members if identifier in claim_identifiers(claims[member])) >= 2)
        ring = {
            "claims": [claims[member]["id"] for member in members],
            "total": round(sum(claims[member]["amount"] for member in members), 2),
            "shared": shared,
        }
        rings.append((-len(members), -ring["total"], members[0], ring))
    rings.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in rings]
