"""Payslips with cumulative (year-to-date) tax withholding."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from paystub.tax import tax_on


def pay_statements(
    payslips: Sequence[Mapping[str, Any]],
    allowance_cents: int,
    brackets: Sequence[tuple[int | None, int]],
    pension_percent: int = 5,
) -> list[dict[str, Any]]:
    """One statement per payslip, in pay order, with tax worked out on the cumulative basis.

    Each payslip has ``employee``, ``period`` and ``gross_cents``. The pension contribution
    (``pension_percent`` of gross, rounded down) is deducted before tax. Tax for a period is
    the tax on the year-to-date taxable pay (gross less pension less one tax-free
    ``allowance_cents`` per period so far) minus the tax already withheld this year, so an
    overpayment is refunded as negative tax.
    """
    statements: list[dict[str, Any]] = []
    for index, slip in enumerate(payslips):
        history = [earlier for earlier in payslips[: index + 1] if earlier["employee"] == slip["employee"]]
        ytd_gross = sum(earlier["gross_cents"] for earlier in history)
        ytd_pension = sum(earlier["gross_cents"] * pension_percent // 100 for earlier in history)
        taxable = max(0, ytd_gross - ytd_pension - allowance_cents * len(history))
        ytd_tax = tax_on(taxable, brackets)
        withheld = sum(statement["tax_cents"] for statement in statements if statement["employee"] == slip["employee"])
        pension = slip["gross_cents"] * pension_percent // 100
        tax = ytd_tax - withheld
        statements.append({
            "employee": slip["employee"],
            "period": slip["period"],
            "gross_cents": slip["gross_cents"],
            "pension_cents": pension,
            "tax_cents": tax,
            "net_cents": slip["gross_cents"] - pension - tax,
            "ytd_gross_cents": ytd_gross,
            "ytd_tax_cents": ytd_tax,
        })
    return statements
