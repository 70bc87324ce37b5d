import pytest

from seqaudit.continuity import series_findings
from seqaudit.ledger import read_ledger, split_number
from seqaudit.report import exception_count, format_report


def inv(number, issued="2024-03-01"):
    return {"number": number, "issued": issued}


def test_split_number() -> None:
    assert split_number("INV-2024-000123") == ("INV-2024-", 123)
    assert split_number(" cn-17 ") == ("CN-", 17)
    assert split_number("900") == ("", 900)
    with pytest.raises(ValueError):
        split_number("INV-2024-A")


def test_clean_series() -> None:
    found = series_findings([inv("INV-1"), inv("INV-2"), inv("INV-3")])
    assert found == {"INV-": {"first": 1, "last": 3, "issued": 3, "gaps": [], "duplicates": [], "backdated": []}}


def test_gaps_and_duplicates() -> None:
    rows = [inv("INV-10"), inv("INV-11"), inv("INV-11"), inv("INV-14"), inv("INV-10"), inv("INV-10")]
    found = series_findings(rows)["INV-"]
    assert found["gaps"] == [12, 13]
    assert found["duplicates"] == [10, 11]
    assert found["issued"] == 6


def test_series_are_separate_and_case_insensitive() -> None:
    rows = [inv("INV-1"), inv("cn-5"), inv("inv-2"), inv("CN-7")]
    found = series_findings(rows)
    assert list(found) == ["INV-", "CN-"]
    assert found["INV-"]["gaps"] == []
    assert found["CN-"]["gaps"] == [6]


def test_backdated_numbers() -> None:
    rows = [inv("A1", "2024-01-05"), inv("A2", "2024-01-04"), inv("A3", "2024-01-06"), inv("A5", "2024-01-01")]
    assert series_findings(rows)["A"]["backdated"] == [2]


def test_empty_ledger() -> None:
    assert series_findings([]) == {}


def test_read_ledger() -> None:
    text = "number,issued,customer,net,status\nINV-1,2024-01-02,ACME,100.5,VOID\nINV-2,2024-01-03,Bolt,,\n"
    rows = read_ledger(text)
    assert rows[0] == {"number": "INV-1", "issued": "2024-01-02", "customer": "ACME", "net": 100.5, "status": "void"}
    assert rows[1]["status"] == "issued" and rows[1]["net"] == 0.0


def test_report() -> None:
    rows = [inv("INV-1"), inv("INV-2"), inv("INV-6"), inv("INV-6"), inv("CN-1")]
    findings = series_findings(rows)
    text = format_report(findings)
    assert "missing (3): 3-5" in text
    assert "duplicated: 6" in text
    assert "CN-  1..1  1 invoices\n  OK" in text
    assert exception_count(findings) == 4
