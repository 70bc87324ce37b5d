"""Swipes from the door controllers, members from the membership system, and the per-member summary."""

from __future__ import annotations

from dataclasses import dataclass

TIMESTAMP = "%Y-%m-%d %H:%M:%S"
DAY = "%Y-%m-%d"


@dataclass(frozen=True)
class Swipe:
    """One card swipe at a club's turnstile: ``direction`` is ``in`` or ``out``; ``at`` is local time as text."""

    member_id: str
    at: str
    direction: str
    club: str = ""


@dataclass(frozen=True)
class Member:
    """A member as exported from the membership system; ``joined`` is a ``YYYY-MM-DD`` date."""

    member_id: str
    joined: str
    plan: str = "standard"


@dataclass(frozen=True)
class MemberActivity:
    """One member's visits: completed visits, their mean length in minutes, distinct days visited,
    the day of the last visit, visits per week since joining, and whether the member has lapsed."""

    member_id: str
    visits: int
    mean_minutes: float
    active_days: int
    last_visit: str | None
    visits_per_week: float
    lapsed: bool
