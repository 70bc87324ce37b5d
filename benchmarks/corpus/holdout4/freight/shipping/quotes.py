"""Quote parcel shipments against a carrier's CSV rate card."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple, Sequence

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Shipment:
    reference: str
    zone: str
    weight_kg: float


class Rate(NamedTuple):
    zone: str
    max_kg: float
    price: Decimal


def parse_rate_card(text: str) -> list[Rate]:
    """Rows of a CSV rate card with the columns zone, max_kg and price (extra columns ignored).

    Zones are compared case-insensitively and are stored upper-case. Raises ValueError
    naming the line of the first malformed row.
    """
    rates = []
    reader = csv.DictReader(io.StringIO(text))
    for line_number, row in enumerate(reader, start=2):
        try:
            rates.append(Rate(row["zone"].strip().upper(), float(row["max_kg"]), Decimal(row["price"])))
        except (KeyError, AttributeError, TypeError, ValueError, InvalidOperation) as error:
            raise ValueError(f"rate card line {line_number} is malformed") from error
    return rates


def quote_shipments(shipments: Sequence[Shipment], rate_card: str, fuel_surcharge: Decimal = Decimal("0.085")) -> list[tuple[str, Decimal]]:
    """(reference, price) for every shipment, in input order.

    A shipment is charged at the rate card row of its zone with the smallest `max_kg`
    that is at least its weight (the first such row if the card lists it twice), plus the
    fuel surcharge, rounded to the cent. Raises LookupError if the card has no such row.
    """
    quotes = []
    for shipment in shipments:
        rates = parse_rate_card(rate_card)
        zone = shipment.zone.strip().upper()
        candidates = [rate for rate in rates if rate.zone == zone and rate.max_kg >= shipment.weight_kg]
        if not candidates:
            raise LookupError(f"no rate for {shipment.weight_kg} kg to zone {zone}")
        best = min(candidates, key=lambda rate: rate.max_kg)
        quotes.append((shipment.reference, (best.price * (1 + fuel_surcharge)).quantize(CENT)))
    return quotes
