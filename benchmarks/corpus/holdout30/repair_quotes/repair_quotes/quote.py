"""Price repair orders for the customer quote."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from repair_quotes.catalogue import LabourOperation, Part
from repair_quotes.orders import RepairOrder


@dataclass
class QuoteLine:
    """A priced line: for parts the quantity and unit price, for labour the hours and hourly rate."""

    kind: str
    code: str
    description: str
    quantity: float
    unit_cents: int
    amount_cents: int


@dataclass
class Quote:
    ro_number: str
    lines: list[QuoteLine] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    parts_cents: int = 0
    labour_cents: int = 0


def quote_orders(orders: Iterable[RepairOrder], parts: Sequence[Part], operations: Sequence[LabourOperation],
                 labour_rate_cents: int) -> list[Quote]:
    """Price a batch of repair orders, one quote per order.

    Each part number is looked up in the catalogue (the first entry with that number counts) and
    superseded parts are replaced by their current successor; a successor missing from the
    catalogue ends the chain at the last part found. Labour is priced at the operation's standard
    hours times ``labour_rate_cents``, rounded to the cent. Part numbers and labour codes that
    are not in the catalogue or guide are listed in the quote's ``unknown`` and not priced.

    Raises ``ValueError`` for a part quantity below one or a supersession loop.
    """
    quotes = []
    for order in orders:
        lines = []
        unknown = []
        for number, quantity in order.parts:
            if quantity < 1:
                raise ValueError(f"{order.ro_number}: quantity {quantity} for part {number}")
            part = None
            for candidate in parts:
                if candidate.number == number:
                    part = candidate
                    break
            if part is None:
                unknown.append(number)
                continue
            seen = [part.number]
            while part.superseded_by:
                replacement = None
                for candidate in parts:
                    if candidate.number == part.superseded_by:
                        replacement = candidate
                        break
                if replacement is None:
                    break
                if replacement.number in seen:
                    raise ValueError(f"{order.ro_number}: supersession loop at part {replacement.number}")
                seen.append(replacement.number)
                part = replacement
            lines.append(QuoteLine("part", part.number, part.description, quantity, part.price_cents,
                                   quantity * part.price_cents))
        for code in order.operations:
            operation = None
            for candidate in operations:
                if candidate.code == code:
                    operation = candidate
                    break
            if operation is None:
                unknown.append(code)
                continue
            lines.append(QuoteLine("labour", code, operation.description, operation.hours, labour_rate_cents,
                                   round(operation.hours * labour_rate_cents)))
        parts_cents = sum(line.amount_cents for line in lines if line.kind == "part")
        labour_cents = sum(line.amount_cents for line in lines if line.kind == "labour")
        quotes.append(Quote(order.ro_number, lines, unknown, parts_cents, labour_cents))
    return quotes


def quote_with_vat(quote: Quote, vat_percent: int = 20) -> int:
    """The quote's total including VAT, rounded half up to the cent."""
    net = quote.parts_cents + quote.labour_cents
    return (net * (100 + vat_percent) + 50) // 100
