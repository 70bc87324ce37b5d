"""Per-service health from the API gateway's access log.

A log line looks like

    2024-05-02T10:15:03Z checkout ERROR 503 /v1/cart 1240ms

(timestamp, service, level, status, path, latency).  Blank lines and lines starting
with '#' are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Request(NamedTuple):
    timestamp: str
    service: str
    level: str
    status: int
    path: str
    latency_ms: int


def parse_line(line: str) -> Request:
    """One access-log line; raises ValueError on a malformed one."""
    fields = line.split()
    if len(fields) != 6 or not fields[5].endswith("ms"):
        raise ValueError(f"malformed log line: {line!r}")
    timestamp, service, level, status, path, latency = fields
    return Request(timestamp, service, level.upper(), int(status), path, int(latency[:-2]))


def health_report(lines: Iterable[str], services: list[str] | None = None,
                  slow_ms: int = 1000) -> dict[str, dict[str, float]]:
    """For each service: requests, errors (level ERROR or status >= 500), error rate and
    requests slower than `slow_ms`.  Only the `services` asked for (all seen, by default)."""
    requests = [parse_line(line) for line in lines if line.strip() and not line.startswith("#")]
    if services is None:
        services = sorted({r.service for r in requests})
    report = {}
    for name in services:
        total = len([r for r in requests if r.service == name])
        errors = len([r for r in requests if r.service == name and (r.level == "ERROR" or r.status >= 500)])
        slow = len([r for r in requests if r.service == name and r.latency_ms > slow_ms])
        report[name] = {
            "requests": total,
            "errors": errors,
            "error_rate": errors / total if total else 0.0,
            "slow": slow,
        }
    return report
