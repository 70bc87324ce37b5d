"""Tax and totals for invoices, using rates that change over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

CENT = Decimal("0.01")


@dataclass(frozen=True)
class TaxRate:
    """A rate in percent for a region and category, valid from `effective` on."""

    region: str
    category: str
    effective: date
    percent: Decimal


@dataclass(frozen=True)
class InvoiceLine:
    """One line of an invoice; `net` is the amount before tax."""

    invoice: str
    region: str
    category: str
    issued: date
    net: Decimal


@dataclass
class InvoiceTotal:
    """Summed amounts for one invoice."""

    invoice: str
    net: Decimal
    tax: Decimal
    gross: Decimal


def parse_rates(rows: Iterable[Sequence[str]]) -> list[TaxRate]:
    """Rates from `(region, category, YYYY-MM-DD, percent)` rows."""
    return [TaxRate(region, category, date.fromisoformat(day), Decimal(percent)) for region, category, day, percent in rows]


def line_tax(net: Decimal, percent: Decimal) -> Decimal:
    """Tax on one line, rounded half-up to the cent."""
    return (net * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def invoice_totals(lines: Iterable[InvoiceLine], rates: Sequence[TaxRate]) -> list[InvoiceTotal]:
    """Net, tax and gross per invoice, in order of each invoice's first line.

    Each line is taxed at the rate for its region and category with the latest effective
    date on or before the issue date (if two such rates share that date, the first one
    listed wins), rounded per line. Raises LookupError for a line no rate covers.
    """
    totals: list[InvoiceTotal] = []
    for line in lines:
        applicable = [rate for rate in rates if rate.region == line.region and rate.category == line.category and rate.effective <= line.issued]
        if not applicable:
            raise LookupError(f"no {line.category} rate for {line.region} on {line.issued}")
        rate = max(applicable, key=lambda r: r.effective)
        tax = line_tax(line.net, rate.percent)
        for total in totals:
            if total.invoice == line.invoice:
                break
        else:
            total = InvoiceTotal(line.invoice, Decimal("0.00"), Decimal("0.00"), Decimal("0.00"))
            totals.append(total)
        total.net += line.net
        total.tax += tax
        total.gross = total.net + total.tax
    return totals
