from datetime import date

import pytest

from health_deductibles.adjudicate import Adjudication, adjudicate
from health_deductibles.claims import Claim, parse_repriced_claims
from health_deductibles.plans import PlanDesign, parse_plan_design
from health_deductibles.remittance import members_at_oop_max, provider_payments

PLAN = PlanDesign(deductible_cents=150_000, oop_max_cents=400_000, coinsurance=0.2, oon_coinsurance=0.4,
                  office_copay_cents=3_000)


def claim(claim_id, allowed, kind="lab", member="M1", in_network=True, day=date(2024, 3, 1), provider="P1"):
    return Claim(claim_id, member, provider, day, kind, in_network, allowed)


def test_deductible_then_coinsurance() -> None:
    [result] = adjudicate([claim("C1", 200_000)], PLAN)
    assert result == Adjudication("C1", "M1", 2024, 150_000, 160_000, 40_000)


def test_deductible_accumulates_across_claims() -> None:
    results = adjudicate([claim("C1", 100_000), claim("C2", 100_000)], PLAN)
    assert [item.deductible_cents for item in results] == [100_000, 50_000]
    assert results[1].member_cents == 50_000 + 10_000


def test_office_copay() -> None:
    results = adjudicate([claim("C1", 12_000, "office"), claim("C2", 2_000, "office")], PLAN)
    assert [(item.deductible_cents, item.member_cents) for item in results] == [(0, 3_000), (0, 2_000)]


def test_out_of_network_office_visit_goes_to_deductible() -> None:
    [result] = adjudicate([claim("C1", 12_000, "office", in_network=False)], PLAN)
    assert result.deductible_cents == 12_000 and result.member_cents == 12_000


def test_out_of_pocket_maximum() -> None:
    results = adjudicate([claim("C1", 2_000_000, "facility"), claim("C2", 50_000)], PLAN)
    assert results[0].member_cents == 400_000 and results[0].plan_cents == 1_600_000
    assert results[1].member_cents == 0 and results[1].plan_cents == 50_000


def test_new_plan_year_and_other_members() -> None:
    claims = [claim("C1", 200_000, day=date(2023, 12, 31)), claim("C2", 10_000, day=date(2024, 1, 1)),
              claim("C3", 10_000, member="M2", day=date(2023, 12, 31))]
    results = adjudicate(claims, PLAN)
    assert results[1].deductible_cents == 10_000 and results[2].deductible_cents == 10_000


def test_negative_allowed_amount() -> None:
    with pytest.raises(ValueError):
        adjudicate([claim("C1", -1)], PLAN)


def test_parsers() -> None:
    plan = parse_plan_design("deductible = $1,500\noop_max = $4,000  # per member\ncoinsurance = 20%\n"
                             "oon_coinsurance = 40%\noffice_copay = $30\n")
    assert plan == PLAN
    with pytest.raises(ValueError):
        parse_plan_design("deductible = $1,500\n")
    text = ("claim_id,member_id,provider,service_date,kind,network,allowed\n"
            "C1,m1,P1,2024-03-01,Lab,in,123.45\n")
    assert parse_repriced_claims(text) == [claim("C1", 12_345)]
    with pytest.raises(ValueError):
        parse_repriced_claims(text.replace("Lab", "dental"))


def test_remittance() -> None:
    claims = [claim("C1", 200_000, provider="P2"), claim("C2", 12_000, "office", provider="P1"),
              claim("C3", 3_000_000, "facility", provider="P2")]
    results = adjudicate(claims, PLAN)
    assert provider_payments(claims, results) == {"P1": "90.00", "P2": "28030.00"}
    assert members_at_oop_max(results, PLAN.oop_max_cents) == [("M1", 2024)]
