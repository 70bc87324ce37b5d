"""Text summary for the planning committee's performance report."""

from __future__ import annotations


def performance_lines(per_type: dict[str, dict[str, float]]) -> list[str]:
    """One aligned line per application type: count, mean days and percentage in time."""
    lines = []
    for kind, stats in per_type.items():
        in_time = 100.0 * (stats["count"] - stats["late"]) / stats["count"] if stats["count"] else 100.0
        lines.append(f"{kind:<12}{stats['count']:>6}{stats['mean_days']:>8.1f}{in_time:>7.1f}%")
    return lines
