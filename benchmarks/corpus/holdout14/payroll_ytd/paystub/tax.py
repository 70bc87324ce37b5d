"""Income tax on a year-to-date taxable amount, in whole cents."""

from __future__ import annotations

from typing import Sequence


def tax_on(taxable_cents: int, brackets: Sequence[tuple[int | None, int]]) -> int:
    """Tax due on ``taxable_cents`` under progressive ``(upper limit, rate %)`` brackets.

    Brackets are in ascending order; the last one may have no upper limit (None).
    Each band's tax is rounded down to the cent.
    """
    tax = 0
    lower = 0
    for upper, rate in brackets:
        if taxable_cents <= lower:
            break
        top = taxable_cents if upper is None else min(taxable_cents, upper)
        tax += (top - lower) * rate // 100
        if upper is None:
            break
        lower = upper
    return tax
