"""Packing-list lines of an inbound container."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class ShipmentLine:
    """A packing-list line: SKU, units shipped, supplier cost per unit in cents, weight per unit
    in grams, and the import duty rate in per mille of the customs value."""

    sku: str
    quantity: int
    unit_cost_cents: int
    unit_weight_g: int
    duty_per_mille: int


def parse_packing_list(text: str) -> list[ShipmentLine]:
    """Read the supplier's "sku,qty,unit_cost,unit_weight_g,duty_pct" CSV (header row required).

    Costs are decimal currency amounts ("12.40") and duty rates percentages ("4.7"); both are
    converted to whole cents and per mille. Raises ``ValueError`` for a malformed number.
    """
    lines: list[ShipmentLine] = []
    for row in csv.DictReader(io.StringIO(text)):
        lines.append(ShipmentLine(row["sku"].strip(), int(row["qty"]), _cents(row["unit_cost"]),
                                  int(row["unit_weight_g"]), _per_mille(row["duty_pct"])))
    return lines


def _cents(amount: str) -> int:
    whole, _, fraction = amount.strip().partition(".")
    if len(fraction) > 2 or not whole.isdigit() or (fraction and not fraction.isdigit()):
        raise ValueError(f"bad amount {amount!r}")
    return int(whole) * 100 + int(fraction.ljust(2, "0") or 0)


def _per_mille(percent: str) -> int:
    whole, _, fraction = percent.strip().partition(".")
    if len(fraction) > 1 or not whole.isdigit() or (fraction and not fraction.isdigit()):
        raise ValueError(f"bad duty rate {percent!r}")
    return int(whole) * 10 + int(fraction or 0)
