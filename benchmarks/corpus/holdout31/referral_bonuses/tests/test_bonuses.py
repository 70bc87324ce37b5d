import pytest

from referral_bonuses.bonuses import RANK_PLAN, commission_statement, monthly_bonuses
from referral_bonuses.roster import parse_roster, validate_roster
from referral_bonuses.sales import personal_volumes


def test_group_volume_includes_whole_downline() -> None:
    roster = {"A": None, "B": "A", "C": "B", "D": "A"}
    results = monthly_bonuses(roster, {"A": 100.0, "B": 50.0, "C": 25.0, "D": 10.0})
    assert results["A"]["group_volume"] == 185.0
    assert results["B"]["group_volume"] == 75.0
    assert results["C"]["group_volume"] == 25.0


def test_distributor_without_orders() -> None:
    results = monthly_bonuses({"A": None, "B": "A"}, {"B": 30.0})
    assert results["A"] == {"group_volume": 30.0, "legs": 0, "rank": "Consultant", "bonus": 0.0}


def test_silver_needs_two_qualifying_legs() -> None:
    roster = {"A": None, "B": "A", "C": "A", "D": "C"}
    personal = {"A": 120.0, "B": 1_500.0, "C": 400.0, "D": 2_000.0}
    results = monthly_bonuses(roster, personal)
    assert results["A"]["legs"] == 2
    assert results["A"]["rank"] == "Silver"
    assert results["A"]["bonus"] == round(4_020.0 * 0.05, 2)
    assert results["C"]["rank"] == "Bronze" and results["C"]["legs"] == 1


def test_low_personal_volume_blocks_higher_ranks() -> None:
    roster = {"A": None, "B": "A"}
    results = monthly_bonuses(roster, {"A": 90.0, "B": 9_000.0})
    assert results["A"]["rank"] == "Consultant" and results["A"]["bonus"] == 0.0


def test_refunds_can_leave_a_distributor_unranked() -> None:
    results = monthly_bonuses({"A": None}, {"A": -50.0})
    assert results["A"]["rank"] is None


def test_custom_plan_and_leg_volume() -> None:
    plan = [("Leader", 0.0, 100.0, 1, 0.1)] + RANK_PLAN[-1:]
    results = monthly_bonuses({"A": None, "B": "A"}, {"A": 10.0, "B": 100.0}, plan=plan, leg_volume=100.0)
    assert results["A"]["rank"] == "Leader" and results["A"]["bonus"] == 11.0


def test_parse_and_validate_roster() -> None:
    roster = parse_roster("distributor_id,sponsor_id\nd1,\nD2, d1\nD3,D9\n")
    assert roster == {"D1": None, "D2": "D1", "D3": "D9"}
    assert validate_roster(roster) == ["D3: unknown sponsor D9"]
    assert validate_roster({"A": "B", "B": "A"}) == ["A: sponsor loop"]
    with pytest.raises(ValueError):
        parse_roster("D1,\nD1,\n")


def test_personal_volumes() -> None:
    lines = ["# header", "O1;d1;50", "O2;D1;25.5", "O3;D2;-10", ""]
    assert personal_volumes(lines) == {"D1": 75.5, "D2": -10.0}
    with pytest.raises(ValueError):
        personal_volumes(["O1;D1"])


def test_commission_statement() -> None:
    results = monthly_bonuses({"A": None, "B": "A", "C": "A"}, {"A": 100.0, "B": 1_000.0, "C": 5.0})
    lines = commission_statement(results, top=2)
    assert lines[:2] == ["Bronze: 2", "Consultant: 1"]
    assert lines[2:] == ["A Bronze 33.15", "B Bronze 30.00"]
