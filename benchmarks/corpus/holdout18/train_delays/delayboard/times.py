"""Timestamps as they appear in the timetable extract and the train-describer feed."""

from __future__ import annotations

from datetime import datetime

FORMAT = "%Y-%m-%d %H:%M:%S"


def parse_time(text: str) -> datetime:
    return datetime.strptime(text.strip(), FORMAT)


def minutes_late(planned: datetime, recorded: datetime) -> float:
    return (recorded - planned).total_seconds() / 60
