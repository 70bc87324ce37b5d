"""The per-endpoint usage table of the developer dashboard."""

from __future__ import annotations

import math
from typing import Any, Iterable, Sequence

from routestats.accesslog import parse_line
from routestats.routes import Route, match_route


def percentile(ordered: Sequence[float], percent: float) -> float:
    """Nearest-rank percentile of sorted values."""
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def endpoint_usage(lines: Iterable[str], routes: Sequence[Route]) -> dict[str, Any]:
    """Requests, server-error rate and latency percentiles per route.

    Endpoints are keyed ``"METHOD template"``. Requests that match no route are counted
    as unmatched and malformed log lines as malformed.
    """
    collected: dict[str, dict[str, Any]] = {}
    unmatched = malformed = 0
    for line in lines:
        request = parse_line(line)
        if request is None:
            malformed += 1
            continue
        route = match_route(request.method, request.path, routes)
        if route is None:
            unmatched += 1
            continue
        entry = collected.setdefault(f"{route.method} {route.template}",
                                     {"name": route.name, "requests": 0, "errors": 0, "latencies": []})
        entry["requests"] += 1
        if request.status >= 500:
            entry["errors"] += 1
        entry["latencies"].append(request.seconds)
    endpoints = {}
    for key, entry in collected.items():
        ordered = sorted(entry["latencies"])
        endpoints[key] = {
            "name": entry["name"],
            "requests": entry["requests"],
            "error_rate": round(entry["errors"] / entry["requests"], 4),
            "p50": percentile(ordered, 50),
            "p95": percentile(ordered, 95),
            "max": ordered[-1],
        }
    return {"endpoints": endpoints, "unmatched": unmatched, "malformed": malformed}
