"""Strict equivalence tests for next_runs (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from cronjobs.schedule import matches, next_runs
from strict_support import assert_same

TARGET = "cronjobs/schedule.py:next_runs"

FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6))


def _parse_field(text, low, high):
    values = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/", 1)
            step = int(step_text)
            if step < 1:
                raise ValueError(f"bad step in {text!r}")
        if part == "*":
            start, end = low, high
        elif "-" in part:
            first, last = part.split("-", 1)
            start, end = int(first), int(last)
        else:
            start = int(part)
            end = high if step != 1 else start
        if start < low or end > high or start > end:
            raise ValueError(f"{text!r} is out of range {low}-{high}")
        values.update(range(start, end + 1, step))
    return values


def _parse(expression):
    parts = expression.split()
    if len(parts) != len(FIELDS):
        raise ValueError(f"expected {len(FIELDS)} fields, got {len(parts)}: {expression!r}")
    return [_parse_field(part, low, high) for part, (_name, low, high) in zip(parts, FIELDS)]


def _matches(expression, when):
    minute, hour, day, month, weekday = _parse(expression)
    return (
        when.minute in minute
        and when.hour in hour
        and when.day in day
        and when.month in month
        and (when.weekday() + 1) % 7 in weekday
    )


def reference(expression, after, count, *, horizon_days=366):
    _parse(expression)
    if count < 0:
        raise ValueError("count must not be negative")
    when = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    end = after + timedelta(days=horizon_days)
    runs = []
    while len(runs) < count and when <= end:
        if _matches(expression, when):
            runs.append(when)
        when += timedelta(minutes=1)
    return runs


T = datetime(2024, 3, 1, 12, 7, 30, 123456)  # a Friday
EXPRESSIONS = [
    "* * * * *",
    "*/15 * * * *",
    "0 * * * *",
    "7 12 * * *",
    "8 12 * * *",
    "0 3 * * 0",
    "0 3 * * 6",
    "0 3 * * 5",
    "0,30 9-17 * * 1-5",
    "10-50/20 */2 * * *",
    "5/15 * * * *",
    "55/2 * * * *",
    "59 23 * * *",
    "0 0 1 * *",
    "0 0 2 3 *",
    "0 0 3 * 0",
    "0 0 1-7 * 1",
    "*/7 */5 */3 * *",
    "1,1,1 * * * *",
    "0-59/30 * * * *",
    "  0   12   *  *  *  ",
    "0\t12\n* * *",
    "+5 * * * *",
    "٥ * * * *",
    "1_0 * * * *",
    "0 0 * 3 *",
    "0 0 * 4 *",
]
BAD = [
    "",
    "* * * *",
    "* * * * * *",
    "60 * * * *",
    "* 24 * * *",
    "* * 0 * *",
    "* * 32 * *",
    "* * * 13 *",
    "* * * * 7",
    "*/0 * * * *",
    "*/-1 * * * *",
    "5-1 * * * *",
    "a * * * *",
    ", * * * *",
    "1, * * * *",
    "-5 * * * *",
    "1-2-3 * * * *",
    "*/ * * * *",
    "1/2/3 * * * *",
    "** * * * *",
    "? * * * *",
    "1.5 * * * *",
]


@pytest.mark.parametrize("expression", EXPRESSIONS)
@pytest.mark.parametrize("count", [0, 1, 5])
def test_same_as_reference(expression, count) -> None:
    assert_same(next_runs, reference, expression, T, count, horizon_days=4)


@pytest.mark.parametrize("expression", BAD)
@pytest.mark.parametrize("count", [0, 3, -1])
def test_malformed_expressions(expression, count) -> None:
    assert_same(next_runs, reference, expression, T, count)


@pytest.mark.parametrize(
    ("after", "count", "horizon"),
    [
        (T, -1, 366),
        (T, -5, 0),
        (T, 3, 0),
        (T, 3, -2),
        (T, 3, 1),
        (T, 3, 0.01),
        (T, 3, timedelta(hours=1).total_seconds() / 86400),
        (datetime(2024, 3, 1, 12, 0), 3, 1),
        (datetime(2024, 3, 1, 12, 0, 0, 1), 3, 1),
        (datetime(2024, 3, 1, 11, 59, 59, 999999), 3, 1),
        (datetime(2023, 12, 31, 23, 59), 4, 2),
        (datetime(2024, 2, 28, 23, 58), 4, 2),
        (datetime(2024, 3, 1, 12, 7, 30, tzinfo=timezone.utc), 4, 2),
        (datetime(2024, 3, 1, 12, 7, 30, tzinfo=timezone(timedelta(hours=-5))), 4, 2),
        (datetime(9999, 12, 31, 23, 58), 5, 1),
        (T, 2.5, 2),
        (T, True, 2),
        (T, 0, 0),
    ],
)
def test_edges(after, count, horizon) -> None:
    for expression in ("* * * * *", "*/15 * * * *", "0 0 * * *", "59 23 31 12 *"):
        assert_same(next_runs, reference, expression, after, count, horizon_days=horizon)


def test_default_horizon() -> None:
    assert_same(next_runs, reference, "0 0 1 * *", T, 1)
    assert_same(next_runs, reference, "30 6 * * 1", datetime(2024, 12, 30, 7, 0), 3)


def test_random_schedules() -> None:
    rng = random.Random(12)
    for _ in range(40):
        expression = " ".join(
            rng.choice(["*", f"*/{rng.randint(1, 9)}", str(rng.randint(low, high)), f"{low}-{min(high, low + 3)}"])
            for _name, low, high in FIELDS
        )
        after = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), 5)
        assert_same(next_runs, reference, expression, after, rng.randint(0, 6), horizon_days=rng.choice([1, 3, 9]))


def test_results_keep_tzinfo_and_are_datetimes() -> None:
    after = datetime(2024, 3, 1, 12, 7, 30, tzinfo=timezone.utc)
    runs = next_runs("*/10 * * * *", after, 2)
    assert runs == [datetime(2024, 3, 1, 12, 10, tzinfo=timezone.utc), datetime(2024, 3, 1, 12, 20, tzinfo=timezone.utc)]
    assert all(type(run) is datetime and run.tzinfo is timezone.utc for run in runs)


def test_matches_still_works() -> None:
    assert matches("0,30 9-17 * * 1-5", datetime(2024, 3, 1, 17, 30))
    assert not matches("0,30 9-17 * * 1-5", datetime(2024, 3, 2, 10, 0))
    with pytest.raises(ValueError):
        matches("* * *", T)
