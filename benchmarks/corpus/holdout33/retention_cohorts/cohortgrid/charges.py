"""The billing system's charge export."""

from __future__ import annotations

import csv
import io

TIMESTAMP = "%Y-%m-%d %H:%M:%S"
STATUSES = ("paid", "failed", "refunded", "pending")


def read_charges(text: str) -> list[dict]:
    """Charges as dicts (charge_id, customer, charged_at, amount, status), in export order.

    ``charged_at`` is kept as the exported UTC text ("YYYY-MM-DD HH:MM:SS"); ``status`` is
    lower-cased. Raises ``ValueError`` for an unknown status.
    """
    charges = []
    for row in csv.DictReader(io.StringIO(text)):
        status = row["status"].strip().lower()
        if status not in STATUSES:
            raise ValueError(f"charge {row['charge_id']}: unknown status {status!r}")
        charges.append({
            "charge_id": row["charge_id"],
            "customer": row["customer"].strip(),
            "charged_at": row["charged_at"].strip(),
            "amount": float(row["amount"]),
            "status": status,
        })
    return charges
