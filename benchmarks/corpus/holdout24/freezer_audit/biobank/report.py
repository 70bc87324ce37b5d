"""The audit summary sent to the biobank manager."""

from __future__ import annotations


def audit_lines(report: dict[str, dict[str, list]]) -> list[str]:
    """Totals over all boxes, then one line per box with problems."""
    keys = ("matched", "misplaced", "unexpected", "unread", "missing")
    totals = {key: sum(len(box[key]) for box in report.values()) for key in keys}
    lines = [f"{len(report)} boxes: " + ", ".join(f"{totals[key]} {key}" for key in keys)]
    for name, box in report.items():
        problems = {key: len(box[key]) for key in keys[1:] if box[key]}
        if set(problems) - {"unread"}:
            lines.append(f"  {name}: " + ", ".join(f"{count} {key}" for key, count in problems.items()))
    return lines
