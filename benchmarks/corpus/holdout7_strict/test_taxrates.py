"""Strict equivalence tests for invoice_totals (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from invoicing.tax import InvoiceLine, InvoiceTotal, TaxRate, invoice_totals
from strict_support import assert_same

TARGET = "invoicing/tax.py:invoice_totals"


def reference(lines, rates):
    order = []
    sums = {}
    for line in lines:
        best = None
        for rate in rates:
            if rate.region != line.region or rate.category != line.category:
                continue
            if not rate.effective <= line.issued:
                continue
            if best is None or rate.effective > best.effective:
                best = rate
        if best is None:
            raise LookupError(line)
        tax = (line.net * best.percent / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if line.invoice not in sums:
            order.append(line.invoice)
            sums[line.invoice] = [Decimal("0.00"), Decimal("0.00")]
        sums[line.invoice][0] += line.net
        sums[line.invoice][1] += tax
    return [InvoiceTotal(inv, sums[inv][0], sums[inv][1], sums[inv][0] + sums[inv][1]) for inv in order]


def strings(totals):
    return [(t.invoice, str(t.net), str(t.tax), str(t.gross)) for t in totals]


D = Decimal
d = date.fromisoformat
RATES = [
    TaxRate("DE", "std", d("2007-01-01"), D("19")),
    TaxRate("DE", "std", d("2020-07-01"), D("16")),
    TaxRate("DE", "std", d("2021-01-01"), D("19")),
    TaxRate("DE", "food", d("2007-01-01"), D("7")),
    TaxRate("DE", "food", d("2020-07-01"), D("5")),
    TaxRate("DE", "food", d("2020-07-01"), D("6")),
    TaxRate("NL", "std", d("2012-10-01"), D("21")),
    TaxRate("NL", "std", d("2012-10-01"), D("20")),
    TaxRate("ÅL", "böcker", d("2010-01-01"), D("12.375")),
    TaxRate("de", "std", d("2000-01-01"), D("50")),
    TaxRate("DE", "zero", d("2019-01-01"), D("0")),
]


def L(invoice, region, category, day, net):
    return InvoiceLine(invoice, region, category, d(day), D(net))


CASES = [
    [],
    [L("A", "DE", "std", "2020-06-30", "100")],
    [L("A", "DE", "std", "2020-07-01", "100")],
    [L("A", "DE", "std", "2020-12-31", "100.00")],
    [L("A", "DE", "std", "2021-01-01", "0.01")],
    [L("A", "DE", "food", "2020-07-01", "10.10"), L("A", "DE", "food", "2020-06-30", "10.10")],
    [L("A", "NL", "std", "2012-10-01", "1")],
    [L("A", "de", "std", "2001-01-01", "1"), L("B", "DE", "std", "2001-01-01", "1")],
    [L("A", "ÅL", "böcker", "2011-05-05", "0.40"), L("A", "ÅL", "böcker", "2011-05-05", "0.04")],
    [L("A", "DE", "food", "2008-01-01", "0.50"), L("A", "DE", "food", "2008-01-01", "-0.50")],
    [L("A", "DE", "food", "2008-01-01", "-0.50")],
    [L("A", "DE", "std", "2022-01-01", "0.025"), L("B", "DE", "std", "2022-01-01", "0.0263")],
    [L("A", "DE", "std", "2022-01-01", "1E+3"), L("A", "DE", "zero", "2022-01-01", "5")],
    [L("A", "DE", "std", "2022-01-01", "1"), L("B", "NL", "std", "2022-01-01", "2"), L("A", "NL", "std", "2022-01-01", "3"), L("C", "DE", "zero", "2022-01-01", "4"), L("B", "DE", "std", "2022-01-01", "5")],
    [L("", "DE", "std", "2022-01-01", "1"), L(" ", "DE", "std", "2022-01-01", "1"), L("請求書", "DE", "std", "2022-01-01", "1")],
    [L("A", "DE", "std", "2006-12-31", "1")],
    [L("A", "DE", "std", "2022-01-01", "1"), L("B", "FR", "std", "2022-01-01", "1")],
    [L("A", "DE", "STD", "2022-01-01", "1")],
    [L("A", "DE", "zero", "2018-12-31", "1")],
]


@pytest.mark.parametrize("lines", CASES)
def test_cases(lines) -> None:
    assert_same(invoice_totals, reference, lines, RATES)
    try:
        expected = strings(reference(lines, RATES))
    except LookupError:
        return
    assert strings(invoice_totals(lines, RATES)) == expected


@pytest.mark.parametrize("rates", [[], (), RATES[::-1], [RATES[5], RATES[4]], [RATES[4], RATES[5]]])
def test_rate_table_variants(rates) -> None:
    lines = [L("A", "DE", "food", "2021-01-01", "33.33"), L("B", "DE", "food", "2006-01-01", "1")]
    assert_same(invoice_totals, reference, lines, rates)
    assert_same(invoice_totals, reference, lines[:1], rates)
    assert_same(invoice_totals, reference, [], rates)


def test_bad_inputs() -> None:
    weird = [TaxRate("XX", "std", None, D("1"))]
    assert_same(invoice_totals, reference, [L("A", "DE", "std", "2022-01-01", "1")], RATES + weird)
    assert_same(invoice_totals, reference, [L("A", "XX", "std", "2022-01-01", "1")], RATES + weird)
    assert_same(invoice_totals, reference, [], ["not a rate"])
    assert_same(invoice_totals, reference, [L("A", "DE", "std", "2022-01-01", "1")], ["not a rate"])
    late = InvoiceLine("A", "DE", "std", datetime(2022, 1, 1), D("1"))
    assert_same(invoice_totals, reference, [late], RATES)
    assert_same(invoice_totals, reference, [InvoiceLine("A", "QQ", "std", datetime(2022, 1, 1), D("1"))], RATES)
    assert_same(invoice_totals, reference, [InvoiceLine("A", "DE", "std", d("2022-01-01"), 10)], RATES)
    assert_same(invoice_totals, reference, [InvoiceLine("A", "DE", "std", d("2022-01-01"), 1.5)], RATES)


def test_generator_lines_and_errors() -> None:
    lines = (L(inv, "DE", "std", "2022-01-01", "10") for inv in ["x", "y", "x"])
    assert strings(invoice_totals(lines, RATES)) == [("x", "20.00", "3.80", "23.80"), ("y", "10.00", "1.90", "11.90")]
    with pytest.raises(LookupError, match="no std rate for FR on 2022-01-01"):
        invoice_totals([L("A", "DE", "std", "2022-01-01", "1"), L("B", "FR", "std", "2022-01-01", "1")], RATES)


def _random_book(rng):
    regions = ["N", "S", "E"]
    cats = ["a", "b"]
    rates = []
    for _ in range(rng.randint(0, 12)):
        rates.append(TaxRate(rng.choice(regions), rng.choice(cats), date(2020, 1, 1) + timedelta(days=rng.randint(0, 40)), D(rng.choice(["0", "7.5", "19", "21", "2.125"]))))
    lines = []
    for _ in range(rng.randint(0, 25)):
        lines.append(InvoiceLine(f"I{rng.randint(0, 6)}", rng.choice(regions), rng.choice(cats), date(2020, 1, 1) + timedelta(days=rng.randint(10, 60)), D(rng.randint(-500, 5000)) / 100))
    return lines, rates


@pytest.mark.parametrize("seed", range(150))
def test_random_books(seed) -> None:
    lines, rates = _random_book(random.Random(seed))
    assert_same(invoice_totals, reference, lines, rates)


def test_large_month() -> None:
    rng = random.Random(404)
    rates = [TaxRate(f"R{r}", c, date(2018, 1, 1) + timedelta(days=rng.randint(0, 900)), D(rng.choice(["5", "19", "21"]))) for r in range(8) for c in "xyz" for _ in range(4)]
    rates += [TaxRate(f"R{r}", c, date(2017, 1, 1), D("10")) for r in range(8) for c in "xyz"]
    lines = [InvoiceLine(f"INV{rng.randint(0, 300)}", f"R{rng.randint(0, 7)}", rng.choice("xyz"), date(2018, 1, 1) + timedelta(days=rng.randint(0, 1200)), D(rng.randint(1, 99999)) / 100) for _ in range(1500)]
    assert_same(invoice_totals, reference, lines, rates)
    assert strings(invoice_totals(lines, rates)) == strings(reference(lines, rates))
