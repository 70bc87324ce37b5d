"""Reading the CRM's donation and declaration exports."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

KINDS = ("gift", "sponsorship", "auction", "membership", "raffle")


def read_donations(text: str) -> list[dict]:
    """Donations (donation_id, donor_id, date, amount_pence, kind), in export order.

    Amounts are exported in pounds ("25.00") and kept as whole pence; kinds are lower-cased
    and must be one of ``KINDS``.
    """
    donations = []
    for row in csv.DictReader(io.StringIO(text)):
        kind = row["kind"].strip().lower()
        if kind not in KINDS:
            raise ValueError(f"donation {row['donation_id']}: unknown kind {kind!r}")
        donations.append({
            "donation_id": row["donation_id"].strip(),
            "donor_id": row["donor_id"].strip(),
            "date": row["date"].strip(),
            "amount_pence": int(Decimal(row["amount"]) * 100),
            "kind": kind,
        })
    return donations


def read_declarations(text: str) -> list[dict]:
    """Declarations (declaration_id, donor_id, made_on, covers_past, cancelled_on).

    ``covers_past`` is True when the declaration also covers the four years before it was
    made; ``cancelled_on`` is None while the declaration stands.
    """
    declarations = []
    for row in csv.DictReader(io.StringIO(text)):
        declarations.append({
            "declaration_id": row["declaration_id"].strip(),
            "donor_id": row["donor_id"].strip(),
            "made_on": row["made_on"].strip(),
            "covers_past": row["covers_past"].strip().lower() in ("y", "yes", "true", "1"),
            "cancelled_on": row["cancelled_on"].strip() or None,
        })
    return declarations
