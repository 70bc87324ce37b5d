"""Match each claim to a card transaction and check it against the daily limits."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from expensecheck.models import CardTransaction, PolicyLimit


def find_limit(limits: Sequence[PolicyLimit], category: str, grade: str) -> int | None:
    """Daily limit of the first policy line for the category that applies to the grade."""
    for limit in limits:
        if limit.category == category and limit.grade in (grade, "*"):
            return limit.daily_cents
    return None


def audit_claims(
    claims: Sequence[Mapping[str, Any]],
    transactions: Sequence[CardTransaction],
    limits: Sequence[PolicyLimit],
) -> dict[str, Any]:
    """Verdict for every claim, in claim order.

    A claim (``claim_id``, ``employee``, ``grade``, ``date``, ``category``,
    ``amount_cents``, ``paid_by`` = ``"card"`` or ``"cash"``) paid by card must match an
    unused card transaction of the same employee, date and amount; each transaction id
    can back one claim only, the earliest-listed transaction is used. The employee's
    claims in the category on that day, all together, must stay within the daily limit
    for their grade; categories without a limit are referred to a manager.
    """
    used: list[str] = []
    verdicts: list[dict[str, Any]] = []
    totals = {"approved": 0, "rejected": 0, "referred": 0}
    for claim in claims:
        match = None
        if claim["paid_by"] == "card":
            for txn in transactions:
                if (txn.card_holder == claim["employee"] and txn.date == claim["date"]
                        and txn.amount_cents == claim["amount_cents"] and txn.txn_id not in used):
                    match = txn
                    break
            if match is None:
                verdicts.append({"claim_id": claim["claim_id"], "status": "rejected", "reason": "no matching card transaction"})
                totals["rejected"] += 1
                continue
            used.append(match.txn_id)
        limit = find_limit(limits, claim["category"], claim["grade"])
        if limit is None:
            verdicts.append({"claim_id": claim["claim_id"], "status": "referred", "reason": "no policy limit"})
            totals["referred"] += 1
            continue
        day_total = sum(other["amount_cents"] for other in claims
                        if other["employee"] == claim["employee"] and other["date"] == claim["date"]
                        and other["category"] == claim["category"])
        if day_total > limit:
            verdicts.append({"claim_id": claim["claim_id"], "status": "rejected", "reason": f"over daily limit by {day_total - limit}"})
            totals["rejected"] += 1
            continue
        verdicts.append({"claim_id": claim["claim_id"], "status": "approved",
                         "reason": match.txn_id if match is not None else "cash"})
        totals["approved"] += 1
    return {"verdicts": verdicts, "totals": totals}
