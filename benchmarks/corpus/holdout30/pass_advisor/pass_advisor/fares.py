"""The operator's pass products and their prices."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class Pass:
    """A pass product, valid on ``days`` consecutive calendar days from its first day of use."""

    name: str
    days: int
    price_cents: int


STANDARD_PASSES = (
    Pass("day", 1, 1240),
    Pass("3-day", 3, 3150),
    Pass("7-day", 7, 5480),
    Pass("30-day", 30, 18900),
)


def parse_fare_table(text: str) -> list[Pass]:
    """Parse the fares team's "name,days,price" table (price in euros, e.g. 54.80).

    Blank lines and lines starting with # are skipped. Raises ``ValueError`` for a row without
    three fields, a non-numeric day count or price, a pass valid for fewer than one day, a
    negative price or a pass name listed twice.
    """
    passes: list[Pass] = []
    names: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split(",")]
        if len(fields) != 3:
            raise ValueError(f"line {number}: expected name,days,price")
        name, days_text, price_text = fields
        try:
            days = int(days_text)
            price = Decimal(price_text)
        except (ValueError, InvalidOperation):
            raise ValueError(f"line {number}: bad number in {line!r}") from None
        if days < 1:
            raise ValueError(f"line {number}: a pass must be valid for at least one day")
        if price < 0:
            raise ValueError(f"line {number}: negative price")
        if name in names:
            raise ValueError(f"line {number}: pass {name!r} listed twice")
        names.add(name)
        passes.append(Pass(name, days, int((price * 100).to_integral_value())))
    return passes
