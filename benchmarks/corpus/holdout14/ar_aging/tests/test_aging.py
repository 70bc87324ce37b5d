from datetime import date

import pytest

from arledger.aging import aging_report, allocate_payments, bucket_for
from arledger.models import Invoice

AS_OF = date(2024, 6, 30)


def inv(number: str, customer: str, due: str, amount: int) -> Invoice:
    return Invoice(number, customer, "2024-01-01", due, amount)


def test_buckets() -> None:
    assert bucket_for("2024-07-01", AS_OF) == "current"
    assert bucket_for("2024-06-30", AS_OF) == "current"
    assert bucket_for("2024-06-29", AS_OF) == "1-30"
    assert bucket_for("2024-04-30", AS_OF) == "61-90"
    assert bucket_for("2024-01-01", AS_OF) == "90+"


def test_oldest_due_paid_first() -> None:
    invoices = [inv("I2", "C1", "2024-05-01", 500), inv("I1", "C1", "2024-04-01", 300)]
    open_amounts, unallocated = allocate_payments(invoices, [{"customer": "C1", "amount_cents": 400}])
    assert open_amounts == {"I1": 0, "I2": 400}
    assert unallocated == {}


def test_overpayment_becomes_credit() -> None:
    invoices = [inv("I1", "C1", "2024-04-01", 300)]
    _, unallocated = allocate_payments(invoices, [{"customer": "C1", "amount_cents": 450}])
    assert unallocated == {"C1": 150}


def test_report() -> None:
    invoices = [inv("I1", "C1", "2024-04-01", 300), inv("I2", "C1", "2024-06-15", 200), inv("I3", "C2", "2024-07-15", 100)]
    report = aging_report(invoices, [{"customer": "C1", "amount_cents": 100}], AS_OF)
    assert list(report) == ["C1", "C2"]
    assert report["C1"] == {"current": 0, "1-30": 200, "31-60": 0, "61-90": 200, "90+": 0, "credit": 0, "total": 400}
    assert report["C2"]["total"] == 100


def test_settled_customer_left_out() -> None:
    report = aging_report([inv("I1", "C1", "2024-04-01", 300)], [{"customer": "C1", "amount_cents": 300}], AS_OF)
    assert report == {}


def test_credit_only_customer() -> None:
    report = aging_report([], [{"customer": "C9", "amount_cents": 50}], AS_OF)
    assert report["C9"]["credit"] == 50
    assert report["C9"]["total"] == -50


def test_bad_due_date() -> None:
    with pytest.raises(ValueError):
        aging_report([inv("I1", "C1", "30/04/2024", 300)], [], AS_OF)
