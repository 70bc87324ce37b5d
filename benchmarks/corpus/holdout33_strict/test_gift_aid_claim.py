"""Strict equivalence tests for match_donations (never shown to wattlens)."""

from __future__ import annotations

import random
from typing import Sequence

import pytest
from strict_support import assert_same
from giftaid.claim import match_donations

TARGET = "giftaid/claim.py:match_donations"


# --- verbatim copy of the original implementation ---------------------------------------------

def years_before(iso_date: str, years: int) -> str:
    """The ISO date ``years`` years earlier; 29 February becomes 28 February when needed."""
    year, month, day = int(iso_date[:4]) - years, iso_date[5:7], iso_date[8:10]
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if month == "02" and day == "29" and not leap:
        day = "28"
    return f"{year:04d}-{month}-{day}"


def reference(donations: Sequence[dict], declarations: Sequence[dict],
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


# --- cases -------------------------------------------------------------------------------


def don(donation_id, donor_id, date, amount=2500, kind="gift", **extra):
    return {"donation_id": donation_id, "donor_id": donor_id, "date": date, "amount_pence": amount, "kind": kind,
            **extra}


def dec(declaration_id, donor_id, made_on, covers_past=False, cancelled_on=None, **extra):
    return {"declaration_id": declaration_id, "donor_id": donor_id, "made_on": made_on,
            "covers_past": covers_past, "cancelled_on": cancelled_on, **extra}


DECS = [dec("D1", "P1", "2024-03-01", cancelled_on="2024-05-01"), dec("D2", "P2", "2024-03-01", True),
        dec("D3", "P3", "2019-01-01"), dec("D4", "P3", "2022-06-30"), dec("D5", "P3", "2022-06-30"),
        dec("D6", "P4", "2024-02-29", True), dec("D7", "P5", "2021-01-01", cancelled_on="2021-01-01")]
C = "2024-06-30"

CASES = [
    ([], [], C),
    ((), (), C),
    ([], DECS, C),
    ([don("G1", "P1", "2024-04-01")], [], C),
    ([don("G1", "P1", "2024-04-01")], DECS, C),
    ([don("G1", "P1", "2024-02-29"), don("G2", "P1", "2024-03-01"), don("G3", "P1", "2024-04-30"),
      don("G4", "P1", "2024-05-01")], DECS, C),
    ([don("G1", "P2", "2020-03-01"), don("G2", "P2", "2020-02-29"), don("G3", "P2", "2020-06-30"),
      don("G4", "P2", "2020-06-29")], DECS, C),
    ([don("G1", "P3", "2022-06-29"), don("G2", "P3", "2022-06-30"), don("G3", "P3", "2019-01-01")], DECS, C),
    ([don("G1", "P3", "2024-01-01")], list(reversed(DECS)), C),
    ([don("G1", "P4", "2020-02-29"), don("G2", "P4", "2020-02-28"), don("G3", "P4", "2024-06-30")], DECS, C),
    ([don("G1", "P5", "2021-01-01"), don("G2", "P5", "2020-12-31")], DECS, C),
    ([don("G1", "P1", "2024-04-01", kind="Gift"), don("G2", "P1", "2024-04-01", kind="auction"),
      don("G3", "P1", "2024-04-01", kind=None)], DECS, C),
    ([don("G1", "P1", "2024-06-30"), don("G2", "P1", "2024-07-01"), don("G3", "P2", "2020-06-30"),
      don("G4", "P2", "2020-06-29")], DECS, C),
    ([don("G1", "P2", "2020-02-28"), don("G2", "P2", "2020-02-29"), don("G3", "P2", "2020-03-01")], DECS, "2024-02-29"),
    ([don("G1", "P2", "2021-02-28")], DECS, "2025-02-28"),
    ([don("G1", "P2", "2021-02-28")], [dec("D1", "P2", "2025-02-28", True)], "2025-02-28"),
    ([don("G1", "P2", "2096-02-28"), don("G2", "P2", "2096-02-29")], [dec("D1", "P2", "2100-02-29", True)], "2100-02-28"),
    ([don("G1", "P2", "1896-02-28")], [dec("D1", "P2", "1900-02-29", True)], "1900-02-28"),
    ([don("G1", "P2", "2000-02-29")], [dec("D1", "P2", "2004-02-29", True)], "2004-02-29"),
    ([don("G1", "P1", "2024-04-01")], [dec("D1", "P1", "2024-01-01", cancelled_on="")], C),
    ([don("G1", "P1", "2024-04-01")], [dec("D1", "P1", "2024-01-01", covers_past="N")], C),
    ([don("G1", "P1", "2021-04-01")], [dec("D1", "P1", "2024-01-01", covers_past="N")], C),
    ([don("G1", "P1", "2021-04-01")], [dec("D1", "P1", "2024-01-01", covers_past=0)], C),
    ([don("G1", "P1", "2024-04-01")], [dec("D1", "P1", "2024-04-01", cancelled_on="2024-04-01")], C),
    ([don("G1", "P1", "2024-04-01")], [dec("D1", "P1", "2024-04-02", cancelled_on="2024-03-01")], C),
    ([don("G1", "P1", "2024-04-01"), don("G1", "P1", "2024-04-01")], DECS, C),
    ([don("G1", "P1", "2024-04-01", declaration_id="OLD", note="x")], DECS, C),
    ([don("G1", 1, "2024-04-01"), don("G2", "1", "2024-04-01")], [dec("D1", 1, "2024-01-01")], C),
    ([don("G1", None, "2024-04-01")], [dec("D1", None, "2024-01-01")], C),
    ([don("G1", "P1", "2024-04-01")], [dec("D1", "P1", "2024-01-01"), dec("D2", "P1", "2024-1-5")], C),
    ([don("G1", "P1", "2024-04-01")], [dec("D1", "P1", "2024-01-01"), dec("D2", "P1", None)], C),
    ([don("G1", "P1", "2024-04-01")], [dec("D1", "P2", None)], C),
    ([don("G1", "P1", "2024-04-01")], [dec("D1", "P1", "2024-01-01", True), dec("D2", "P1", "x", True)], C),
    ([don("G1", "P1", "2024-04-01")], [{"donor_id": "P1"}], C),
    ([don("G1", "P1", "2024-04-01")], [{"donor_id": "P2"}], C),
    ([don("G1", "P1", "2024-04-01")], ["D1"], C),
    ([don("G1", "P1", None)], DECS, C),
    ([don("G1", "P1", None, kind="raffle")], DECS, C),
    ([don("G1", "P1", "2024-4-1")], DECS, C),
    ([don("G1", "P1", "")], DECS, C),
    ([{"donation_id": "G1", "kind": "gift", "date": "2024-04-01"}], DECS, C),
    ([{"kind": "raffle", "donation_id": "G1"}], DECS, C),
    ([don("G1", "P1", "2024-04-01"), None], DECS, C),
    ([don("G1", "P1", "2024-04-01")], DECS, "2024-6-30"),
    ([don("G1", "P1", "2024-04-01")], DECS, "2024"),
    ([don("G1", "P1", "2024-04-01")], DECS, ""),
    ([don("G1", "P1", "2024-04-01")], DECS, None),
    ([], DECS, "not a date"),
    (None, DECS, C),
    ([don("G1", "P1", "2024-04-01")], None, C),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(match_donations, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(match_donations, reference, donations=[don("G1", "P1", "2024-04-01")], declarations=DECS,
                claim_date=C)


def _date(rng, start, stop):
    year = rng.randint(start, stop)
    month = rng.randint(1, 12)
    day = rng.choice([1, 15, 28, 29 if month == 2 and year % 4 == 0 else 30 if month != 2 else 27])
    return f"{year:04d}-{month:02d}-{day:02d}"


def _random_cases():
    rng = random.Random(33101)
    for _ in range(220):
        donors = [f"P{n}" for n in range(rng.choice([1, 2, 4, 8]))]
        declarations = []
        for n in range(rng.choice([0, 1, 3, 6, 12])):
            made = _date(rng, 2016, 2025)
            cancelled = _date(rng, 2017, 2026) if rng.random() < 0.2 else None
            declarations.append(dec(f"D{n}", rng.choice(donors), made, rng.random() < 0.6, cancelled))
        donations = []
        for n in range(rng.choice([0, 1, 5, 15, 40])):
            donations.append(don(f"G{n}", rng.choice(donors + ["P99"]), _date(rng, 2018, 2025),
                                 rng.choice([500, 1000, 2500, 10000]),
                                 rng.choices(["gift", "sponsorship", "raffle", "membership"], [8, 1, 1, 1])[0]))
        yield donations, declarations, rng.choice([C, "2024-03-31", "2024-02-29", "2025-12-31", "2023-09-30"])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(match_donations, reference, *case)
