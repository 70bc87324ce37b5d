"""Applying the plan's cost sharing to each claim."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .claims import Claim
from .plans import PlanDesign


@dataclass(frozen=True)
class Adjudication:
    """How a claim's allowed amount is split: what the member owes (of which ``deductible_cents``
    counts toward the deductible) and what the plan pays."""

    claim_id: str
    member_id: str
    plan_year: int
    deductible_cents: int
    member_cents: int
    plan_cents: int


def adjudicate(claims: Sequence[Claim], plan: PlanDesign) -> list[Adjudication]:
    """Adjudicate claims in the order received.

    In-network office visits cost the member the copay (at most the allowed amount) and do not
    count toward the deductible. Other claims go to the deductible until the member's deductible
    for the plan year is met, and the rest is shared at the in- or out-of-network coinsurance
    (rounded to the cent). What the member owes in a plan year never exceeds the out-of-pocket
    maximum; claims adjudicated earlier in the run count first. Raises ``ValueError`` for a
    negative allowed amount.
    """
    results: list[Adjudication] = []
    for claim in claims:
        if claim.allowed_cents < 0:
            raise ValueError(f"{claim.claim_id}: negative allowed amount")
        year = claim.service_date.year
        history = [item for item in results if item.member_id == claim.member_id and item.plan_year == year]
        deductible_met = sum(item.deductible_cents for item in history)
        paid_by_member = sum(item.member_cents for item in history)
        remaining_oop = max(0, plan.oop_max_cents - paid_by_member)
        if claim.kind == "office" and claim.in_network:
            deductible = 0
            member = min(plan.office_copay_cents, claim.allowed_cents)
        else:
            deductible = min(claim.allowed_cents, max(0, plan.deductible_cents - deductible_met))
            rate = plan.coinsurance if claim.in_network else plan.oon_coinsurance
            member = deductible + round((claim.allowed_cents - deductible) * rate)
        if member > remaining_oop:
            member = remaining_oop
            deductible = min(deductible, member)
        results.append(Adjudication(claim.claim_id, claim.member_id, year, deductible, member,
                                    claim.allowed_cents - member))
    return results
