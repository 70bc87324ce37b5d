"""Upcoming run times of cron-style job schedules."""

from __future__ import annotations

from datetime import datetime, timedelta

# (name, lowest, highest) of the five fields; weekday 0 is Sunday, as in crontab.
FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6))


def parse_field(text: str, low: int, high: int) -> set[int]:
    """The values of one field: "*", "5", "1-5", "*/15", "10-50/20", "5/15" or a comma list."""
    values: set[int] = set()
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


def parse(expression: str) -> list[set[int]]:
    """The allowed values of the five fields of a cron expression."""
    parts = expression.split()
    if len(parts) != len(FIELDS):
        raise ValueError(f"expected {len(FIELDS)} fields, got {len(parts)}: {expression!r}")
    return [parse_field(part, low, high) for part, (_name, low, high) in zip(parts, FIELDS)]


def matches(expression: str, when: datetime) -> bool:
    """Whether the minute `when` matches the expression (all five fields must match)."""
    minute, hour, day, month, weekday = parse(expression)
    return (
        when.minute in minute
        and when.hour in hour
        and when.day in day
        and when.month in month
        and (when.weekday() + 1) % 7 in weekday
    )


def next_runs(expression: str, after: datetime, count: int, *, horizon_days: int = 366) -> list[datetime]:
    """The first `count` minutes strictly after `after` that match `expression`.

    `after` is first truncated to the minute (seconds and microseconds dropped); the
    runs keep its tzinfo and come in increasing order. Day-of-month and weekday must
    both match (no crontab "or" rule). The search covers `horizon_days` days from
    `after`, so fewer than `count` runs (possibly none) come back when the schedule is
    rare. Raises ValueError for a malformed expression (even when `count` is 0) and for
    a negative `count`.
    """
    parse(expression)
    if count < 0:
        raise ValueError("count must not be negative")
    when = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    end = after + timedelta(days=horizon_days)
    runs: list[datetime] = []
    while len(runs) < count and when <= end:
        if matches(expression, when):
            runs.append(when)
        when += timedelta(minutes=1)
    return runs
