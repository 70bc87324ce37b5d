"""Decide each warranty claim against the registration register and the model's policy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from warranty.cover import Policy, cover_ends
from warranty.records import Claim, Decision, Registration


def assess_claims(
    claims: Sequence[Claim],
    registrations: Sequence[Registration],
    policies: Mapping[str, Policy],
) -> list[Decision]:
    """One decision per claim, in claim order.

    A claim is matched to the registration of its serial number with the latest purchase
    date on or before the day the fault was reported (the first such registration in the
    register when several share that date). Without one the claim is ``unregistered``;
    when the registered model has no policy it is ``unknown model``; when the fault was
    reported after the cover ended it is ``expired``. Otherwise it is ``approved`` for the
    amount claimed, or ``capped`` at the policy's repair limit when the amount exceeds it.
    Amounts are rounded to cents.
    """
    decisions: list[Decision] = []
    for claim in claims:
        matches = [
            registration
            for registration in registrations
            if registration.serial == claim.serial and registration.purchased <= claim.reported
        ]
        if not matches:
            decisions.append(Decision(claim.claim_id, "unregistered", 0.0))
            continue
        registration = max(matches, key=lambda registration: registration.purchased)
        policy = policies.get(registration.model)
        if policy is None:
            decisions.append(Decision(claim.claim_id, "unknown model", 0.0, registration.model))
        elif claim.reported > cover_ends(registration.purchased, policy):
            decisions.append(Decision(claim.claim_id, "expired", 0.0, registration.model))
        elif claim.amount > policy.repair_limit:
            decisions.append(Decision(claim.claim_id, "capped", round(policy.repair_limit, 2), registration.model))
        else:
            decisions.append(Decision(claim.claim_id, "approved", round(claim.amount, 2), registration.model))
    return decisions
