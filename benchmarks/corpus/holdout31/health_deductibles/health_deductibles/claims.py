"""Claims received from providers, after repricing to the network's allowed amounts."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

KINDS = ("office", "facility", "lab", "imaging", "pharmacy")


@dataclass(frozen=True)
class Claim:
    claim_id: str
    member_id: str
    provider: str
    service_date: date
    kind: str
    in_network: bool
    allowed_cents: int


def parse_repriced_claims(text: str) -> list[Claim]:
    """Read the repricer's CSV ("claim_id,member_id,provider,service_date,kind,network,allowed"
    with a header; network is "IN" or "OUT", allowed in dollars), in the order received.

    Raises ``ValueError`` for an unknown kind or network flag."""
    claims = []
    for row in csv.DictReader(io.StringIO(text)):
        kind, network = row["kind"].strip().lower(), row["network"].strip().upper()
        if kind not in KINDS:
            raise ValueError(f"{row['claim_id']}: unknown kind {kind!r}")
        if network not in ("IN", "OUT"):
            raise ValueError(f"{row['claim_id']}: network must be IN or OUT")
        claims.append(Claim(row["claim_id"].strip(), row["member_id"].strip().upper(), row["provider"].strip(),
                            date.fromisoformat(row["service_date"].strip()), kind, network == "IN",
                            round(float(row["allowed"]) * 100)))
    return claims
