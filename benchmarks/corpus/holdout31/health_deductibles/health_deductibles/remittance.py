"""The payment run: what the plan pays each provider."""

from __future__ import annotations

from typing import Sequence

from .adjudicate import Adjudication
from .claims import Claim


def provider_payments(claims: Sequence[Claim], results: Sequence[Adjudication]) -> dict[str, str]:
    """Plan payments per provider as dollar strings, providers sorted; claims and results are
    matched by position."""
    totals: dict[str, int] = {}
    for claim, result in zip(claims, results):
        totals[claim.provider] = totals.get(claim.provider, 0) + result.plan_cents
    return {provider: f"{cents // 100}.{cents % 100:02d}" for provider, cents in sorted(totals.items())}


def members_at_oop_max(results: Sequence[Adjudication], plan_oop_max_cents: int) -> list[tuple[str, int]]:
    """(member, plan year) pairs whose out-of-pocket costs reached the maximum, sorted."""
    owed: dict[tuple[str, int], int] = {}
    for result in results:
        key = (result.member_id, result.plan_year)
        owed[key] = owed.get(key, 0) + result.member_cents
    return sorted(key for key, total in owed.items() if total >= plan_oop_max_cents)
