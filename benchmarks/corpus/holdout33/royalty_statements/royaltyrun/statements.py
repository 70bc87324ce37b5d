"""Royalty statement lines and per-author totals."""

from __future__ import annotations

from typing import Mapping, Sequence

from .contracts import Contract
from .sales import RoyaltyLine, SaleLine


def royalty_lines(sales: Sequence[SaleLine], contracts: Mapping[str, Contract]) -> list[RoyaltyLine]:
    """Statement lines for the period's sales, in report order.

    Each line is paid at the escalator rate reached by the edition's lifetime units before the
    line: the contract's ``units_to_date`` plus the net units of the edition's earlier lines in
    this report (returns count negative). The royalty is the rate times the line's net
    receipts, rounded to the penny. Raises ``KeyError`` for a sale of an ISBN without contract.
    """
    lines = []
    for index, sale in enumerate(sales):
        contract = contracts[sale.isbn]
        sold_before = contract.units_to_date + sum(
            earlier.units for earlier in sales[:index] if earlier.isbn == sale.isbn
        )
        rate = contract.rate_for(sold_before)
        lines.append(RoyaltyLine(sale.isbn, sale.date, sale.channel, sale.units, sale.net_receipts,
                                 rate, round(sale.net_receipts * rate, 2)))
    return lines


def author_totals(lines: Sequence[RoyaltyLine], contracts: Mapping[str, Contract]) -> dict[str, dict]:
    """Per author: units, receipts, royalties earned, advance recouped and amount payable."""
    totals: dict[str, dict] = {}
    earned_by_isbn: dict[str, float] = {}
    for line in lines:
        earned_by_isbn[line.isbn] = earned_by_isbn.get(line.isbn, 0.0) + line.royalty
        author = contracts[line.isbn].author
        entry = totals.setdefault(author, {"units": 0, "receipts": 0.0, "earned": 0.0, "recouped": 0.0,
                                           "payable": 0.0})
        entry["units"] += line.units
        entry["receipts"] = round(entry["receipts"] + line.net_receipts, 2)
        entry["earned"] = round(entry["earned"] + line.royalty, 2)
    for isbn, earned in earned_by_isbn.items():
        contract = contracts[isbn]
        recouped = min(max(earned, 0.0), contract.advance_unearned)
        entry = totals[contract.author]
        entry["recouped"] = round(entry["recouped"] + recouped, 2)
        entry["payable"] = round(entry["payable"] + earned - recouped, 2)
    return totals
