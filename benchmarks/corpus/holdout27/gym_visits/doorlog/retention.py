"""Lists for the retention team's weekly call-round."""

from __future__ import annotations

from collections.abc import Iterable

from doorlog.records import MemberActivity


def call_list(activity: Iterable[MemberActivity]) -> list[str]:
    """Lapsed members to phone, longest absent first (never visited first of all), ties by member id."""
    lapsed = [entry for entry in activity if entry.lapsed]
    return [entry.member_id for entry in sorted(lapsed, key=lambda entry: (entry.last_visit or "", entry.member_id))]


def usage_bands(activity: Iterable[MemberActivity]) -> dict[str, int]:
    """Members per usage band: none, under one visit a week, one to three, more than three."""
    bands = {"none": 0, "occasional": 0, "regular": 0, "frequent": 0}
    for entry in activity:
        if entry.visits == 0:
            bands["none"] += 1
        elif entry.visits_per_week < 1:
            bands["occasional"] += 1
        elif entry.visits_per_week <= 3:
            bands["regular"] += 1
        else:
            bands["frequent"] += 1
    return bands
