"""Weekly checks on top of the daily driving totals."""

from __future__ import annotations

from datetime import date

WEEKLY_LIMIT = 56 * 3600
EXTENDED_DAYS_PER_WEEK = 2
EXTENDED_LIMIT = 10 * 3600


def weekly_findings(driving: dict[str, dict[str, int]]) -> list[tuple[str, str, str]]:
    """Findings (driver, ISO week "2024-W10", finding) sorted by driver and week.

    A week is flagged ``over 56h`` when its driving exceeds 56 hours, ``too many extended
    days`` when more than two days exceed 9 hours and ``day over 10h`` when any day exceeds
    10 hours.
    """
    findings = []
    for driver, days in driving.items():
        weeks: dict[str, list[int]] = {}
        for day, seconds in days.items():
            year, week, _ = date.fromisoformat(day).isocalendar()
            weeks.setdefault(f"{year}-W{week:02d}", []).append(seconds)
        for week, totals in weeks.items():
            if sum(totals) > WEEKLY_LIMIT:
                findings.append((driver, week, "over 56h"))
            if sum(1 for seconds in totals if seconds > 9 * 3600) > EXTENDED_DAYS_PER_WEEK:
                findings.append((driver, week, "too many extended days"))
            if any(seconds > EXTENDED_LIMIT for seconds in totals):
                findings.append((driver, week, "day over 10h"))
    return sorted(findings)
