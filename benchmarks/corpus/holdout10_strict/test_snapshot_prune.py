"""Strict equivalence tests for snapshots_to_keep (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from snapkeep.retention import Policy, snapshots_to_keep
from strict_support import assert_same

TARGET = "snapkeep/retention.py:snapshots_to_keep"


def _ref_time(name):
    _, _, stamp = name.rpartition("@")
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S")


def _ref_bucket(rule, when):
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


def reference(names, policy):
    keep = []
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
        periods = []
        for name in sorted(names, key=_ref_time, reverse=True):
            period = _ref_bucket(rule, _ref_time(name))
            if period in periods:
                continue
            if len(periods) >= count:
                break
            periods.append(period)
            if name not in keep:
                keep.append(name)
    return sorted(keep, key=_ref_time, reverse=True)


def stamps(start, step_minutes, n, prefix="tank"):
    t = datetime(*start)
    return [f"{prefix}@{(t + timedelta(minutes=step_minutes * i)):%Y-%m-%dT%H:%M:%S}" for i in range(n)]


POLICIES = [
    Policy(),
    Policy(last=1),
    Policy(last=3),
    Policy(hourly=2),
    Policy(daily=3),
    Policy(weekly=2),
    Policy(monthly=2),
    Policy(yearly=2),
    Policy(last=2, daily=2, monthly=2),
    Policy(last=-1, hourly=0, daily=1),
    Policy(hourly=1000, daily=1000, weekly=1000, monthly=1000, yearly=1000),
    Policy(1, 1, 1, 1, 1, 1),
]

NAME_SETS = [
    [],
    ["tank@2024-01-01T00:00:00"],
    ["tank@2024-01-01T00:00:00", "tank@2024-01-01T00:00:00"],
    ["b@2024-01-01T00:00:00", "a@2024-01-01T00:00:00", "c@2024-01-01T00:00:00"],
    ["a@2024-01-01T00:00:00", "b@2024-1-1T0:0:0", "a@2024-01-01T00:00:00"],
    ["x@2023-12-31T23:59:59", "x@2024-01-01T00:00:00", "x@2024-01-01T00:00:01"],
    ["w@2020-12-31T12:00:00", "w@2021-01-01T12:00:00", "w@2021-01-04T12:00:00", "w@2021-01-03T12:00:00"],
    ["l@2024-02-28T10:00:00", "l@2024-02-29T10:00:00", "l@2024-03-01T10:00:00"],
    ["p/ds@a@2024-05-05T05:05:05", "p/ds@2024-05-05T05:05:04", "@2024-05-05T05:05:06"],
    ["ü@2024-05-05T05:05:05", "日本@2024-05-04T05:05:05", "ü@2024-05-03T05:05:05"],
    stamps((2024, 1, 1), 60, 50),
    stamps((2024, 1, 1), 17, 200),
    stamps((2023, 12, 20), 60 * 7, 60),
    stamps((2019, 6, 1), 60 * 24 * 9, 200),
    stamps((2024, 1, 1), 60, 30) + stamps((2024, 1, 1), 60, 30, prefix="other"),
    list(reversed(stamps((2024, 3, 30), 30, 100))),
]


def _cases():
    for names in NAME_SETS:
        for policy in POLICIES:
            yield names, policy


def _random_cases():
    rng = random.Random(2718)
    for _ in range(60):
        base = datetime(2022, 12, 25) + timedelta(minutes=rng.randint(0, 100000))
        names = [f"{rng.choice(['t', 'u'])}@{base + timedelta(minutes=rng.randint(0, 60 * 24 * 120)):%Y-%m-%dT%H:%M:%S}"
                 for _ in range(rng.randint(0, 80))]
        names += rng.sample(names, min(len(names), rng.randint(0, 4)))
        rng.shuffle(names)
        policy = Policy(*(rng.choice([0, 0, 1, 2, 5, 30]) for _ in range(6)))
        yield names, policy


@pytest.mark.parametrize("args", list(_cases()) + list(_random_cases()))
def test_same_as_reference(args) -> None:
    assert_same(snapshots_to_keep, reference, *args)


@pytest.mark.parametrize("names", [
    ["tank@yesterday"],
    ["tank@2024-01-01T00:00:00", "tank"],
    ["tank@2024-01-01 00:00:00"],
    ["tank@2024-01-01T00:00:00\n"],
    ["tank@2024-02-30T00:00:00"],
    ["tank@2024-01-01T00:00:00", None],
    [None],
    [b"tank@2024-01-01T00:00:00"],
])
@pytest.mark.parametrize("policy", [Policy(), Policy(last=1), Policy(yearly=1), Policy(last=-2)])
def test_malformed_names(names, policy) -> None:
    assert_same(snapshots_to_keep, reference, names, policy)


def test_tuple_input() -> None:
    assert_same(snapshots_to_keep, reference, tuple(stamps((2024, 1, 1), 90, 40)), Policy(last=2, daily=3))


def test_large_history() -> None:
    rng = random.Random(99)
    names = stamps((2022, 1, 1), 60 * 5, 4000)
    rng.shuffle(names)
    assert_same(snapshots_to_keep, reference, names, Policy(last=10, hourly=24, daily=14, weekly=8, monthly=12, yearly=5))
