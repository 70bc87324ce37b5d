"""Response-target compliance for the asset management report."""

from __future__ import annotations

from typing import Mapping, Sequence

from .defects import SHIFT_MINUTES

# Response targets from the inspection policy, in working days per risk category.
TARGET_DAYS = {1: 1, 2: 5, 3: 28, 4: 90}


def compliance(results: Sequence[Mapping], defects: Sequence[Mapping]) -> dict[int, dict[str, float]]:
    """Per risk category: defects, share repaired within target (%) and mean days to repair."""
    category = {defect["ref"]: defect["category"] for defect in defects}
    reported = {defect["ref"]: defect["reported"] for defect in defects}
    table: dict[int, dict[str, float]] = {}
    for result in results:
        cat = category[result["ref"]]
        days = (result["done"] - reported[result["ref"]]) / SHIFT_MINUTES
        row = table.setdefault(cat, {"defects": 0, "on_time": 0, "mean_days": 0.0})
        row["defects"] += 1
        row["on_time"] += days <= TARGET_DAYS[cat]
        row["mean_days"] += days
    for row in table.values():
        row["on_time"] = round(100 * row["on_time"] / row["defects"], 1)
        row["mean_days"] = round(row["mean_days"] / row["defects"], 1)
    return dict(sorted(table.items()))


def backlog_at(results: Sequence[Mapping], defects: Sequence[Mapping], moment: int) -> int:
    """Defects reported but not yet repaired at a working-minute ``moment``."""
    reported = {defect["ref"]: defect["reported"] for defect in defects}
    return sum(1 for result in results if reported[result["ref"]] <= moment < result["done"])
