"""Tables for the accessibility action plan."""

from __future__ import annotations


def share_known_accessible(row: dict[str, int]) -> float | None:
    """Share of features with a known wheelchair value that are fully accessible, or None if none is known."""
    known = row["yes"] + row["limited"] + row["no"]
    return row["yes"] / known if known else None


def district_table(counts: dict[str, dict[str, dict[str, int]]], categories: list[str]) -> list[str]:
    """One line per district: for each category the accessible share (as a percentage) or "-"."""
    lines = ["district".ljust(24) + "".join(category[:12].rjust(13) for category in categories)]
    for district, by_category in counts.items():
        cells = []
        for category in categories:
            share = share_known_accessible(by_category[category]) if category in by_category else None
            cells.append("-".rjust(13) if share is None else f"{100 * share:12.0f}%")
        lines.append(district[:24].ljust(24) + "".join(cells))
    return lines
