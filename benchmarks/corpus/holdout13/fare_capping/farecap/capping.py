"""Daily and weekly fare caps for pay-as-you-go contactless travel."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, Iterable, Mapping

SERVICE_DAY_START = time(4, 30)
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def service_day(moment: datetime) -> date:
    """The travel day a tap belongs to: taps before 04:30 count towards the previous day."""
    if moment.time() < SERVICE_DAY_START:
        return moment.date() - timedelta(days=1)
    return moment.date()


def apply_fare_caps(taps: Iterable[Mapping[str, Any]], daily_cap: int, weekly_cap: int) -> list[dict[str, Any]]:
    """Charge every tap its fare, but never more than a card's remaining daily or weekly cap.

    Each tap has ``card``, ``time`` (``YYYY-MM-DD HH:MM:SS``) and ``fare`` (pence). Taps
    are charged in order of their time text (stable for equal times). A card's daily cap
    covers one service day; its weekly cap covers the Monday-to-Sunday week up to and
    including the tap's service day. Returns one dict per tap, in charging order, with
    the card, time, fare and the amount ``charged``.
    """
    charges = []
    history: list[tuple[Any, date, Any]] = []
    for tap in sorted(taps, key=lambda tap: tap["time"]):
        moment = datetime.strptime(tap["time"], TIME_FORMAT)
        day = service_day(moment)
        week_start = day - timedelta(days=day.weekday())
        card = tap["card"]
        spent_today = sum(charged for other, when, charged in history if other == card and when == day)
        spent_week = sum(charged for other, when, charged in history if other == card and week_start <= when <= day)
        charged = max(0, min(tap["fare"], daily_cap - spent_today, weekly_cap - spent_week))
        history.append((card, day, charged))
        charges.append({"card": card, "time": tap["time"], "fare": tap["fare"], "charged": charged})
    return charges
