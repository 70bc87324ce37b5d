"""Accepted hours per volunteer and the award each has earned."""

from __future__ import annotations

from typing import Mapping, Sequence

AWARD_TIERS = [(200, "gold"), (100, "silver"), (50, "bronze")]


def accepted_hours(entries: Sequence[Mapping], results: Sequence[tuple[int, str, int | None]]) -> dict[str, float]:
    """Hours per volunteer over the accepted entries, volunteers in id order."""
    minutes: dict[str, int] = {}
    for index, status, _ in results:
        if status == "ok":
            entry = entries[index]
            minutes[entry["volunteer"]] = minutes.get(entry["volunteer"], 0) + entry["end"] - entry["start"]
    return {volunteer: round(total / 60, 2) for volunteer, total in sorted(minutes.items())}


def award(hours: float) -> str | None:
    for threshold, tier in AWARD_TIERS:
        if hours >= threshold:
            return tier
    return None


def certificates(hours: Mapping[str, float]) -> list[tuple[str, str, float]]:
    """(volunteer, tier, hours) for everyone who earned an award, most hours first."""
    earned = [(volunteer, award(total), total) for volunteer, total in hours.items() if award(total)]
    return sorted(earned, key=lambda item: (-item[2], item[0]))
