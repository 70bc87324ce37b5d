"""Retention policies for time-stamped backup snapshots (``pool/dataset@2024-03-01T02:00:00``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"


@dataclass(frozen=True)
class Policy:
    """How many snapshots to keep: the newest `last`, then one per hour, day, week, month, year."""

    last: int = 0
    hourly: int = 0
    daily: int = 0
    weekly: int = 0
    monthly: int = 0
    yearly: int = 0


def snapshot_time(name: str) -> datetime:
    """The time stamp after the ``@`` of a snapshot name."""
    _, _, stamp = name.rpartition("@")
    return datetime.strptime(stamp, STAMP_FORMAT)


def _bucket(rule: str, when: datetime) -> object:
    if rule == "last":
        return when, object()
    if rule == "hourly":
        return when.year, when.month, when.day, when.hour
    if rule == "daily":
        return when.year, when.month, when.day
    if rule == "weekly":
        return tuple(when.isocalendar())[:2]
    if rule == "monthly":
        return when.year, when.month
    return when.year


def snapshots_to_keep(names: Sequence[str], policy: Policy) -> list[str]:
    """The snapshots `policy` keeps, newest first.

    For every rule the snapshots are walked newest first and the newest one of each
    period (hour, day, ...) is kept until the rule's count is reached. Snapshots with
    equal time stamps keep their input order. Raises ValueError for malformed names.
    """
    keep: list[str] = []
    rules = (
        ("last", policy.last),
        ("hourly", policy.hourly),
        ("daily", policy.daily),
        ("weekly", policy.weekly),
        ("monthly", policy.monthly),
        ("yearly", policy.yearly),
    )
    for rule, count in rules:
        if count <= 0:
            continue
        periods: list[object] = []
        for name in sorted(names, key=snapshot_time, reverse=True):
            period = _bucket(rule, snapshot_time(name))
            if period in periods:
                continue
            if len(periods) >= count:
                break
            periods.append(period)
            if name not in keep:
                keep.append(name)
    return sorted(keep, key=snapshot_time, reverse=True)


def snapshots_to_destroy(names: Sequence[str], policy: Policy) -> list[str]:
    """The snapshots not kept by `policy`, in input order."""
    keep = set(snapshots_to_keep(names, policy))
    return [name for name in names if name not in keep]
