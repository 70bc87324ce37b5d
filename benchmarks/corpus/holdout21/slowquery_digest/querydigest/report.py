"""The weekly digest: query classes ranked by their total execution time."""

from __future__ import annotations

import math

from querydigest.fingerprint import fingerprint
from querydigest.slowlog import parse_slow_log


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def digest(log_text: str, top: int | None = 10) -> list[dict[str, object]]:
    """Group the log's statements by fingerprint and report the ``top`` classes by total time
    (all of them for None): count, total / mean / 95th-percentile / max query time in
    seconds, total rows examined, and the slowest sample (the first one on ties).
    Ties in total time are broken by fingerprint."""
    classes: list[list] = []  # [fingerprint, entries]
    for entry in parse_slow_log(log_text):
        key = fingerprint(entry.sql)
        for group in classes:
            if group[0] == key:
                group[1].append(entry)
                break
        else:
            classes.append([key, [entry]])
    rows = []
    for key, entries in classes:
        times = [entry.query_time for entry in entries]
        total = sum(times)
        slowest = entries[times.index(max(times))]
        rows.append({
            "fingerprint": key,
            "count": len(entries),
            "total_s": round(total, 6),
            "mean_s": round(total / len(entries), 6),
            "p95_s": percentile(times, 0.95),
            "max_s": max(times),
            "rows_examined": sum(entry.rows_examined for entry in entries),
            "sample": slowest.sql,
        })
    rows.sort(key=lambda row: (-row["total_s"], row["fingerprint"]))
    return rows if top is None else rows[:top]
