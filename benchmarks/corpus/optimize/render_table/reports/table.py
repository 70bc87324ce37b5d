"""Plain-text revenue tables for the monthly e-mail."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    region: str
    amount: float


def render_table(rows: list[Row]) -> str:
    """One line per row: name and region padded to the widest value, amount right-aligned.

    Every line ends with a newline; no rows give an empty string.
    """
    out = ""
    for row in rows:
        name_width = max(len(r.name) for r in rows)
        region_width = max(len(r.region) for r in rows)
        out += row.name.ljust(name_width) + "  " + row.region.ljust(region_width) + "  "
        out += f"{row.amount:>14,.2f}\n"
    return out
