from datetime import date
from decimal import Decimal

import pytest

from invoicing.tax import InvoiceLine, InvoiceTotal, invoice_totals, parse_rates

RATES = parse_rates([
    ("DE", "standard", "2007-01-01", "19"),
    ("DE", "standard", "2020-07-01", "16"),
    ("DE", "standard", "2021-01-01", "19"),
    ("DE", "food", "2007-01-01", "7"),
    ("NL", "standard", "2012-10-01", "21"),
])


def line(invoice: str, region: str, category: str, day: str, net: str) -> InvoiceLine:
    return InvoiceLine(invoice, region, category, date.fromisoformat(day), Decimal(net))


def test_rate_in_force_on_issue_date() -> None:
    totals = invoice_totals([line("A", "DE", "standard", "2020-09-15", "100.00")], RATES)
    assert totals == [InvoiceTotal("A", Decimal("100.00"), Decimal("16.00"), Decimal("116.00"))]


def test_lines_grouped_per_invoice_in_first_seen_order() -> None:
    lines = [
        line("B", "DE", "food", "2022-03-01", "10.05"),
        line("A", "NL", "standard", "2022-03-01", "1.00"),
        line("B", "DE", "standard", "2022-03-01", "2.50"),
    ]
    totals = invoice_totals(lines, RATES)
    assert [t.invoice for t in totals] == ["B", "A"]
    assert totals[0].tax == Decimal("0.70") + Decimal("0.48")
    assert totals[1].gross == Decimal("1.21")


def test_half_up_rounding() -> None:
    totals = invoice_totals([line("C", "DE", "food", "2022-01-01", "0.50")], RATES)
    assert totals[0].tax == Decimal("0.04")


def test_missing_rate() -> None:
    with pytest.raises(LookupError):
        invoice_totals([line("D", "FR", "standard", "2022-01-01", "5")], RATES)
