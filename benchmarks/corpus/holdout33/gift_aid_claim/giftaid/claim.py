"""Matching donations to Gift Aid declarations."""

from __future__ import annotations

from typing import Sequence


def years_before(iso_date: str, years: int) -> str:
    """The ISO date ``years`` years earlier; 29 February becomes 28 February when needed."""
    year, month, day = int(iso_date[:4]) - years, iso_date[5:7], iso_date[8:10]
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if month == "02" and day == "29" and not leap:
        day = "28"
    return f"{year:04d}-{month}-{day}"


def match_donations(donations: Sequence[dict], declarations: Sequence[dict],
                    claim_date: str) -> tuple[list[dict], list[tuple[str, str]]]:
    """Split the donations into claimable ones and rejected (donation_id, reason) pairs.

    Only gifts are eligible ("not a gift"); they must be dated on or before the claim date
    ("future dated") and no more than four years before it ("out of time"). A declaration
    covers a donor's gifts from the day it was made (or four years earlier when it covers the
    past) until the day before it was cancelled; when several cover a gift, the most recently
    made one is used (the first listed on a tie). Claimable donations are the donation records
    with the ``declaration_id`` added. Dates are ISO strings.
    """
    earliest = years_before(claim_date, 4)
    claimable: list[dict] = []
    rejected: list[tuple[str, str]] = []
    for donation in donations:
        if donation["kind"] != "gift":
            rejected.append((donation["donation_id"], "not a gift"))
            continue
        if donation["date"] > claim_date:
            rejected.append((donation["donation_id"], "future dated"))
            continue
        if donation["date"] < earliest:
            rejected.append((donation["donation_id"], "out of time"))
            continue
        best = None
        for declaration in declarations:
            if declaration["donor_id"] != donation["donor_id"]:
                continue
            start = declaration["made_on"]
            if declaration["covers_past"]:
                start = years_before(start, 4)
            end = declaration["cancelled_on"]
            if donation["date"] < start or (end is not None and donation["date"] >= end):
                continue
            if best is None or declaration["made_on"] > best["made_on"]:
                best = declaration
        if best is None:
            rejected.append((donation["donation_id"], "no declaration"))
        else:
            claimable.append({**donation, "declaration_id": best["declaration_id"]})
    return claimable, rejected
