"""The point-to-point fares table published by the train operator."""

from __future__ import annotations

import csv
import io
from typing import Mapping

FareTable = dict[tuple[str, str], int]


def read_fares(text: str) -> FareTable:
    """Parse the fares feed: "origin,destination,pence,direction" rows of station codes.

    ``direction`` is "both" (the fare is valid either way, the default when empty) or "single"
    (origin to destination only). When a flow is listed twice, the cheaper fare stands.
    """
    fares: FareTable = {}
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        origin, destination = row["origin"].strip().upper(), row["destination"].strip().upper()
        if origin == destination:
            raise ValueError(f"row {number}: fare from {origin} to itself")
        pence = int(row["pence"])
        if pence < 0:
            raise ValueError(f"row {number}: negative fare")
        flows = [(origin, destination)]
        if (row.get("direction") or "both").strip().lower() == "both":
            flows.append((destination, origin))
        for flow in flows:
            if flow not in fares or pence < fares[flow]:
                fares[flow] = pence
    return fares


def railcard_fares(fares: Mapping[tuple[str, str], int], discount: float = 1 / 3,
                   minimum_pence: int = 0) -> FareTable:
    """Fares with a railcard discount, rounded down to the nearest 5p (never below the minimum)."""
    discounted = {}
    for flow, pence in fares.items():
        reduced = int(pence * (1 - discount)) // 5 * 5
        discounted[flow] = max(reduced, min(pence, minimum_pence))
    return discounted
