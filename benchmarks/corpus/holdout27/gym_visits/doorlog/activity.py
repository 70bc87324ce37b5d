"""Turn the swipe log into per-member visit activity."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from doorlog.records import DAY, TIMESTAMP, Member, MemberActivity, Swipe

LONGEST_VISIT_MINUTES = 360
LAPSED_AFTER_DAYS = 30


def member_activity(swipes: Iterable[Swipe], members: Sequence[Member], as_of: str) -> list[MemberActivity]:
    """Activity of every member, in the order of ``members``.

    Each member's swipes are taken in time order (swipes at the same second keep their log
    order). A visit is an ``in`` swipe followed by that member's next swipe being ``out`` within
    six hours; an ``in`` without such an ``out`` (a tailgated exit, a second ``in``) is not
    counted. ``active_days`` counts the days on which a counted visit started. A member has
    lapsed when there is no counted visit in the 30 days up to ``as_of`` (a ``YYYY-MM-DD`` date).
    Visits per week are over the weeks from joining to ``as_of`` (at least one week), rounded
    to two decimals; the mean visit length is rounded to one decimal.

    Swipes for people who are not in ``members`` are ignored. Raises ``ValueError`` for a
    timestamp or date that does not match its format, or a direction other than ``in``/``out``.
    """
    by_member: dict[str, list[Swipe]] = {}
    for swipe in swipes:
        if swipe.direction not in ("in", "out"):
            raise ValueError(f"unknown swipe direction {swipe.direction!r}")
        by_member.setdefault(swipe.member_id, []).append(swipe)

    activity: list[MemberActivity] = []
    for member in members:
        timeline = sorted(by_member.get(member.member_id, []), key=lambda swipe: datetime.strptime(swipe.at, TIMESTAMP))
        minutes: list[float] = []
        days: set[str] = set()
        last_visit: datetime | None = None
        for previous, current in zip(timeline, timeline[1:]):
            if previous.direction != "in" or current.direction != "out":
                continue
            started = datetime.strptime(previous.at, TIMESTAMP)
            length = (datetime.strptime(current.at, TIMESTAMP) - started).total_seconds() / 60
            if length > LONGEST_VISIT_MINUTES:
                continue
            minutes.append(length)
            days.add(started.strftime(DAY))
            if last_visit is None or started > last_visit:
                last_visit = started
        today = datetime.strptime(as_of, DAY)
        weeks = max(1.0, (today - datetime.strptime(member.joined, DAY)).days / 7)
        lapsed = last_visit is None or (today - datetime.strptime(last_visit.strftime(DAY), DAY)).days > LAPSED_AFTER_DAYS
        activity.append(MemberActivity(
            member.member_id,
            len(minutes),
            round(sum(minutes) / len(minutes), 1) if minutes else 0.0,
            len(days),
            last_visit.strftime(DAY) if last_visit is not None else None,
            round(len(minutes) / weeks, 2),
            lapsed,
        ))
    return activity
