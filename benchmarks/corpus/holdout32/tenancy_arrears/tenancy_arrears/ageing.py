"""Ageing each tenancy's unpaid rent charges."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Mapping, Sequence

from .ledger import DATE_FORMAT

BUCKETS = ("current", "31-60", "61-90", "over 90")


def _bucket(age_days: int) -> str:
    if age_days <= 30:
        return "current"
    if age_days <= 60:
        return "31-60"
    if age_days <= 90:
        return "61-90"
    return "over 90"


def arrears_ageing(ledger: Sequence[Mapping[str, str]], as_at: str) -> dict[str, dict]:
    """Arrears per tenancy as at ``as_at`` (dd/mm/yyyy), tenancies in sorted order.

    Ledger rows dated after ``as_at`` are ignored. The remaining rows are taken in date order,
    charges before payments on the same day; payments and credits clear the oldest unpaid
    charges first, and any surplus is held as a credit that pays later charges. What is left
    unpaid is aged by its charge date into the BUCKETS. Each entry has "arrears", one key per
    bucket, "credit" (all Decimal) and "oldest_unpaid" (the date of the oldest unpaid charge,
    or None). Raises ValueError for a bad date or an unknown kind.
    """
    cutoff = datetime.strptime(as_at, DATE_FORMAT).date()
    report = {}
    for tenancy in sorted({row["tenancy"] for row in ledger}):
        rows = []
        for row in ledger:
            posted = datetime.strptime(row["date"], DATE_FORMAT).date()
            if posted > cutoff or row["tenancy"] != tenancy:
                continue
            rows.append(row)
        rows.sort(key=lambda row: (datetime.strptime(row["date"], DATE_FORMAT), row["kind"] != "charge"))
        open_charges: list[list] = []
        credit = Decimal("0")
        for row in rows:
            amount = Decimal(row["amount"])
            if row["kind"] == "charge":
                if credit >= amount:
                    credit -= amount
                    continue
                amount -= credit
                credit = Decimal("0")
                open_charges.append([row["date"], amount])
            elif row["kind"] in ("payment", "credit"):
                while amount > 0 and open_charges:
                    oldest = open_charges[0]
                    if oldest[1] <= amount:
                        amount -= oldest[1]
                        open_charges.pop(0)
                    else:
                        oldest[1] -= amount
                        amount = Decimal("0")
                credit += amount
            else:
                raise ValueError(f"unknown ledger kind {row['kind']!r}")
        buckets = {name: Decimal("0") for name in BUCKETS}
        for charge_date, outstanding in open_charges:
            age = (cutoff - datetime.strptime(charge_date, DATE_FORMAT).date()).days
            buckets[_bucket(age)] += outstanding
        report[tenancy] = {
            "arrears": sum(buckets.values(), Decimal("0")),
            **buckets,
            "credit": credit,
            "oldest_unpaid": open_charges[0][0] if open_charges else None,
        }
    return report
