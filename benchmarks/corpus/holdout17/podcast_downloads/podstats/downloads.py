"""Count podcast downloads the way the IAB podcast measurement guidelines describe.

A listener's app usually fetches an episode in several byte-range requests, and may
retry or resume it later, so raw requests overstate listening. One download is counted
per episode, IP address and user agent within a rolling window (24 hours by default).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Iterable

from podstats.logline import is_bot, parse_timestamp

OK_STATUSES = (200, 206)


def count_downloads(requests: Iterable[dict[str, Any]], min_bytes: int = 750_000,
                    window_hours: float = 24) -> dict[str, Any]:
    """Downloads per episode and per (episode, day) from parsed access-log requests.

    Each request is a dict with ``time`` (access-log format), ``ip``, ``ua``, ``episode``,
    ``status`` and ``bytes``. A request is skipped when its status is not 200/206, when it
    comes from a bot, when fewer than ``min_bytes`` were sent, or when the same episode,
    IP and user agent already have a counted download less than ``window_hours`` before
    it. The day is the calendar day in the log's own UTC offset.
    """
    if window_hours <= 0:
        raise ValueError("window_hours must be positive")
    window = timedelta(hours=window_hours)
    counted: list[tuple[Any, Any, str, str]] = []
    downloads: dict[Any, int] = {}
    daily: dict[tuple[Any, str], int] = {}
    skipped = {"status": 0, "bot": 0, "short": 0, "duplicate": 0}
    for request in requests:
        if request["status"] not in OK_STATUSES:
            skipped["status"] += 1
            continue
        if is_bot(request["ua"]):
            skipped["bot"] += 1
            continue
        if request["bytes"] < min_bytes:
            skipped["short"] += 1
            continue
        when = parse_timestamp(request["time"])
        duplicate = False
        for episode, ip, ua, stamp in counted:
            if episode == request["episode"] and ip == request["ip"] and ua == request["ua"]:
                if when - parse_timestamp(stamp) < window:
                    duplicate = True
                    break
        if duplicate:
            skipped["duplicate"] += 1
            continue
        counted.append((request["episode"], request["ip"], request["ua"], request["time"]))
        episode = request["episode"]
        downloads[episode] = downloads.get(episode, 0) + 1
        key = (episode, when.strftime("%Y-%m-%d"))
        daily[key] = daily.get(key, 0) + 1
    return {"downloads": downloads, "daily": daily, "skipped": skipped}
