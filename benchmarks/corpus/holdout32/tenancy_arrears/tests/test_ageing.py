from decimal import Decimal

import pytest

from tenancy_arrears.ageing import arrears_ageing
from tenancy_arrears.ledger import read_ledger
from tenancy_arrears.letters import letter_run, letter_stage


def row(tenancy, date, kind, amount, reference=""):
    return {"tenancy": tenancy, "date": date, "kind": kind, "amount": amount, "reference": reference}


LEDGER = [
    row("ELM-001", "01/04/2024", "charge", "100.00"),
    row("ELM-001", "08/04/2024", "charge", "100.00"),
    row("ELM-001", "09/04/2024", "payment", "150.00"),
    row("ELM-001", "15/04/2024", "charge", "100.00"),
    row("ASH-002", "01/04/2024", "charge", "90.00"),
    row("ASH-002", "01/04/2024", "payment", "120.00"),
    row("ASH-002", "08/04/2024", "charge", "90.00"),
]


def test_payments_clear_oldest_charges_first() -> None:
    report = arrears_ageing(LEDGER, "30/04/2024")
    entry = report["ELM-001"]
    assert entry["arrears"] == Decimal("150.00")
    assert entry["oldest_unpaid"] == "08/04/2024"
    assert entry["current"] == Decimal("150.00")
    assert entry["credit"] == Decimal("0")


def test_surplus_is_credit_for_later_charges() -> None:
    entry = arrears_ageing(LEDGER, "30/04/2024")["ASH-002"]
    assert entry["arrears"] == Decimal("60.00")
    assert entry["credit"] == Decimal("0")
    assert entry["oldest_unpaid"] == "08/04/2024"
    entry = arrears_ageing(LEDGER, "05/04/2024")["ASH-002"]
    assert entry["arrears"] == Decimal("0") and entry["credit"] == Decimal("30.00")


def test_same_day_charge_comes_before_payment() -> None:
    ledger = [row("T1", "01/04/2024", "payment", "50.00"), row("T1", "01/04/2024", "charge", "50.00")]
    entry = arrears_ageing(ledger, "01/04/2024")["T1"]
    assert entry["arrears"] == Decimal("0") and entry["credit"] == Decimal("0")


def test_buckets_by_age() -> None:
    ledger = [row("T1", "01/01/2024", "charge", "10"), row("T1", "15/02/2024", "charge", "20"),
              row("T1", "20/03/2024", "charge", "30"), row("T1", "25/04/2024", "charge", "40")]
    entry = arrears_ageing(ledger, "30/04/2024")["T1"]
    assert [entry[name] for name in ("current", "31-60", "61-90", "over 90")] == [
        Decimal("40"), Decimal("30"), Decimal("20"), Decimal("10")]
    assert entry["arrears"] == Decimal("100")


def test_future_rows_ignored_and_tenancies_sorted() -> None:
    report = arrears_ageing(LEDGER + [row("CED-009", "01/05/2024", "charge", "80.00")], "30/04/2024")
    assert list(report) == ["ASH-002", "CED-009", "ELM-001"]
    assert report["CED-009"]["arrears"] == Decimal("0")
    assert report["CED-009"]["oldest_unpaid"] is None


def test_bad_rows() -> None:
    with pytest.raises(ValueError):
        arrears_ageing([row("T1", "2024-04-01", "charge", "10")], "30/04/2024")
    with pytest.raises(ValueError):
        arrears_ageing([row("T1", "01/04/2024", "refund", "10")], "30/04/2024")
    assert arrears_ageing([], "30/04/2024") == {}


def test_read_ledger() -> None:
    text = "tenancy,date,kind,amount,reference\nELM-001, 01/04/2024 ,Charge,100.00,RENT\n"
    assert read_ledger(text) == [row("ELM-001", "01/04/2024", "charge", "100.00", "RENT")]
    with pytest.raises(ValueError):
        read_ledger("tenancy,date,amount\n")
    with pytest.raises(ValueError):
        read_ledger("tenancy,date,kind,amount,reference\nT1,01/04/2024,fee,1,\n")


def test_letter_stages() -> None:
    rent = Decimal("100")
    base = {"current": Decimal("0"), "31-60": Decimal("0"), "61-90": Decimal("0"), "over 90": Decimal("0")}
    assert letter_stage({**base, "arrears": Decimal("50")}, rent) is None
    assert letter_stage({**base, "arrears": Decimal("150")}, rent) == "reminder"
    assert letter_stage({**base, "arrears": Decimal("150"), "61-90": Decimal("1")}, rent) == "second reminder"
    assert letter_stage({**base, "arrears": Decimal("900")}, rent) == "final notice"


def test_letter_run() -> None:
    report = arrears_ageing(LEDGER, "30/06/2024")
    run = letter_run(report, {"ELM-001": Decimal("100.00"), "ASH-002": Decimal("90.00")})
    assert run == {"reminder": [], "second reminder": ["ASH-002", "ELM-001"], "final notice": []}
