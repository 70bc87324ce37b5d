from datetime import date

from warranty.assess import assess_claims
from warranty.cover import Policy, add_months, cover_ends
from warranty.records import Claim, Decision, Registration
from warranty.report import outcome_totals, payable_by_model

POLICIES = {"WM-1": Policy(24, 300.0), "HB-2": Policy(12, 100.0)}


def test_add_months_and_cover() -> None:
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 11, 15), 14) == date(2025, 1, 15)
    assert cover_ends(date(2023, 3, 1), Policy(12, 0.0)) == date(2024, 2, 29)


def test_outcomes() -> None:
    registrations = [Registration("S1", "WM-1", date(2022, 5, 1)), Registration("S2", "XX-9", date(2023, 1, 1)),
                     Registration("S3", "HB-2", date(2022, 1, 10))]
    claims = [
        Claim("C1", "S1", date(2023, 5, 1), "E01", 120.456),
        Claim("C2", "S1", date(2023, 5, 1), "E01", 999.0),
        Claim("C3", "S2", date(2023, 6, 1), "E02", 50.0),
        Claim("C4", "S3", date(2023, 1, 10), "E03", 50.0),
        Claim("C5", "S9", date(2023, 1, 10), "E03", 50.0),
        Claim("C6", "S1", date(2022, 4, 30), "E01", 10.0),
    ]
    assert assess_claims(claims, registrations, POLICIES) == [
        Decision("C1", "approved", 120.46, "WM-1"),
        Decision("C2", "capped", 300.0, "WM-1"),
        Decision("C3", "unknown model", 0.0, "XX-9"),
        Decision("C4", "expired", 0.0, "HB-2"),
        Decision("C5", "unregistered", 0.0),
        Decision("C6", "unregistered", 0.0),
    ]


def test_resold_product_uses_latest_registration() -> None:
    registrations = [Registration("S1", "HB-2", date(2021, 1, 1)), Registration("S1", "HB-2", date(2022, 6, 1))]
    claim = Claim("C1", "S1", date(2023, 3, 1), "E01", 80.0)
    assert assess_claims([claim], registrations, POLICIES) == [Decision("C1", "approved", 80.0, "HB-2")]
    early = Claim("C2", "S1", date(2022, 3, 1), "E01", 80.0)
    assert assess_claims([early], registrations, POLICIES) == [Decision("C2", "expired", 0.0, "HB-2")]


def test_reports() -> None:
    decisions = [Decision("1", "approved", 10.5, "A"), Decision("2", "approved", 4.25, "B"), Decision("3", "unregistered", 0.0),
                 Decision("4", "capped", 10.5, "B")]
    assert outcome_totals(decisions) == {"approved": (2, 14.75), "capped": (1, 10.5), "unregistered": (1, 0.0)}
    assert payable_by_model(decisions) == [("B", 14.75), ("A", 10.5)]
