"""The retention triangle as it goes into the growth review deck."""

from __future__ import annotations

from typing import Mapping


def retention_rates(table: Mapping[str, dict]) -> dict[str, list[float]]:
    """Share of each cohort still active per month offset, as percentages to one decimal."""
    return {cohort: [round(100 * count / row["size"], 1) if row["size"] else 0.0 for count in row["active"]]
            for cohort, row in table.items()}


def format_triangle(table: Mapping[str, dict], last_month: str) -> str:
    """Text triangle: months after ``last_month`` ("YYYY-MM") are left blank."""
    rates = retention_rates(table)
    last_year, last = (int(part) for part in last_month.split("-"))
    lines = []
    for cohort, row in table.items():
        year, month = (int(part) for part in cohort.split("-"))
        known = (last_year * 12 + last) - (year * 12 + month) + 1
        cells = [f"{rate:5.1f}%" for rate in rates[cohort][:max(known, 0)]]
        lines.append(f"{cohort}  {row['size']:>6}  " + " ".join(cells))
    return "\n".join(lines) + "\n"
