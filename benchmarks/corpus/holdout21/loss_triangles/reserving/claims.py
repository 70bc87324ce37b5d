"""Claim payment records from the claims system's payment listing."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass(frozen=True)
class Payment:
    claim_id: str
    loss_date: date  # date of the accident / loss event
    paid_date: date  # date the payment (or recovery, if negative) was booked
    amount: float


def read_payments(lines: Iterable[str]) -> list[Payment]:
    """Parse the payment listing (CSV with header claim_id,loss_date,paid_date,amount; ISO dates)."""
    payments = []
    for row in csv.DictReader(lines):
        payments.append(Payment(row["claim_id"].strip(), date.fromisoformat(row["loss_date"].strip()),
                                date.fromisoformat(row["paid_date"].strip()), float(row["amount"])))
    return payments
