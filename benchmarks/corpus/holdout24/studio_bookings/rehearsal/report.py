"""The duty manager's daily summary."""

from __future__ import annotations


def day_summary(day: str, plan: dict[str, tuple[int, list[str]]], requested: int) -> str:
    """One line: accepted requests out of those received, and the day's takings in pounds."""
    accepted = sum(len(ids) for _, ids in plan.values())
    takings = sum(fee for fee, _ in plan.values())
    return f"{day}: {accepted}/{requested} requests accepted, £{takings // 100:,}.{takings % 100:02d}"
