"""Sales and returns lines from the distributor's period report."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class SaleLine:
    """One line of the distributor report: units are negative for returns; ``net_receipts`` is
    what the publisher received for them (negative for returns), in pounds."""

    isbn: str
    date: str
    channel: str
    units: int
    net_receipts: float


@dataclass(frozen=True)
class RoyaltyLine:
    """A statement line: the sale with the royalty rate applied to it."""

    isbn: str
    date: str
    channel: str
    units: int
    net_receipts: float
    rate: float
    royalty: float


def read_sales(text: str) -> list[SaleLine]:
    """Lines of the distributor CSV (isbn, date, channel, units, net_receipts), in file order."""
    lines = []
    for row in csv.DictReader(io.StringIO(text)):
        lines.append(SaleLine(row["isbn"].replace("-", "").strip(), row["date"].strip(), row["channel"].strip(),
                              int(row["units"]), float(row["net_receipts"])))
    return lines
