import pytest

from giftaid.claim import match_donations, years_before
from giftaid.records import read_declarations, read_donations
from giftaid.schedule import claim_schedule, claim_total


def don(donation_id, donor_id, date, amount=2500, kind="gift"):
    return {"donation_id": donation_id, "donor_id": donor_id, "date": date, "amount_pence": amount, "kind": kind}


def dec(declaration_id, donor_id, made_on, covers_past=False, cancelled_on=None):
    return {"declaration_id": declaration_id, "donor_id": donor_id, "made_on": made_on,
            "covers_past": covers_past, "cancelled_on": cancelled_on}


def test_years_before() -> None:
    assert years_before("2024-06-30", 4) == "2020-06-30"
    assert years_before("2024-02-29", 1) == "2023-02-28"
    assert years_before("2024-02-29", 4) == "2020-02-29"


def test_simple_match() -> None:
    claimable, rejected = match_donations([don("G1", "P1", "2024-05-01")], [dec("D1", "P1", "2024-01-10")], "2024-06-30")
    assert claimable == [don("G1", "P1", "2024-05-01") | {"declaration_id": "D1"}]
    assert rejected == []


def test_declaration_dates() -> None:
    declarations = [dec("D1", "P1", "2024-03-01", cancelled_on="2024-05-01"), dec("D2", "P2", "2024-03-01", True)]
    donations = [don("G1", "P1", "2024-02-28"), don("G2", "P1", "2024-03-01"), don("G3", "P1", "2024-05-01"),
                 don("G4", "P2", "2021-01-01")]
    claimable, rejected = match_donations(donations, declarations, "2024-06-30")
    assert [d["donation_id"] for d in claimable] == ["G2", "G4"]
    assert rejected == [("G1", "no declaration"), ("G3", "no declaration")]


def test_most_recent_declaration_wins() -> None:
    declarations = [dec("D1", "P1", "2023-01-01"), dec("D2", "P1", "2024-01-01"), dec("D3", "P1", "2024-01-01")]
    claimable, _ = match_donations([don("G1", "P1", "2024-02-01"), don("G2", "P1", "2023-06-01")], declarations,
                                   "2024-06-30")
    assert [d["declaration_id"] for d in claimable] == ["D2", "D1"]


def test_ineligible_donations() -> None:
    donations = [don("G1", "P1", "2024-05-01", kind="auction"), don("G2", "P1", "2024-07-01"),
                 don("G3", "P1", "2020-06-29"), don("G4", "P1", "2020-06-30")]
    claimable, rejected = match_donations(donations, [dec("D1", "P1", "2020-01-01")], "2024-06-30")
    assert [d["donation_id"] for d in claimable] == ["G4"]
    assert rejected == [("G1", "not a gift"), ("G2", "future dated"), ("G3", "out of time")]


def test_schedule() -> None:
    claimable = [don("G1", "P2", "2024-05-01", 1000) | {"declaration_id": "D2"},
                 don("G2", "P1", "2024-05-03", 2003) | {"declaration_id": "D1"},
                 don("G3", "P2", "2024-04-01", 1500) | {"declaration_id": "D2"}]
    schedule = claim_schedule(claimable)
    assert [(r["donor_id"], r["donations"], r["total_pence"], r["last_date"], r["reclaim_pence"]) for r in schedule] == [
        ("P1", 1, 2003, "2024-05-03", 500), ("P2", 2, 2500, "2024-05-01", 625)]
    assert claim_total(schedule) == "£11.25"


def test_readers() -> None:
    donations = read_donations("donation_id,donor_id,date,amount,kind\nG1,P1,2024-05-01,25.50,Gift\n")
    assert donations == [don("G1", "P1", "2024-05-01", 2550)]
    with pytest.raises(ValueError):
        read_donations("donation_id,donor_id,date,amount,kind\nG1,P1,2024-05-01,5,bequest\n")
    declarations = read_declarations("declaration_id,donor_id,made_on,covers_past,cancelled_on\nD1,P1,2024-01-01,Y,\n")
    assert declarations == [dec("D1", "P1", "2024-01-01", True)]
