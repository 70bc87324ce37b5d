"""The repayment claim schedule: one row per donor, tax reclaimed at the basic rate."""

from __future__ import annotations

from typing import Sequence

BASIC_RATE_RECLAIM = (25, 100)  # 25p per pound donated


def claim_schedule(claimable: Sequence[dict]) -> list[dict]:
    """Per donor, in donor order: the number of donations, their total, the date of the last
    one and the tax to reclaim (in pence, rounded down)."""
    rows: dict[str, dict] = {}
    for donation in claimable:
        row = rows.setdefault(donation["donor_id"], {"donor_id": donation["donor_id"], "donations": 0,
                                                     "total_pence": 0, "last_date": ""})
        row["donations"] += 1
        row["total_pence"] += donation["amount_pence"]
        row["last_date"] = max(row["last_date"], donation["date"])
    schedule = []
    for donor_id in sorted(rows):
        row = rows[donor_id]
        row["reclaim_pence"] = row["total_pence"] * BASIC_RATE_RECLAIM[0] // BASIC_RATE_RECLAIM[1]
        schedule.append(row)
    return schedule


def claim_total(schedule: Sequence[dict]) -> str:
    """The total to reclaim, as pounds and pence."""
    pence = sum(row["reclaim_pence"] for row in schedule)
    return f"£{pence // 100:,}.{pence % 100:02d}"
