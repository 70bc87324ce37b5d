"""The connection-quality report: how well each origin-destination market is served via the hub."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from hub_connections.connections import Connection


@dataclass(frozen=True)
class MarketService:
    """Connections per week between an origin and a destination, and the shortest and median
    connecting times."""

    origin: str
    destination: str
    connections: int
    shortest: int
    median: float


def market_service(connections: Sequence[Connection]) -> list[MarketService]:
    """One row per origin-destination market, best served first (most connections, then by
    origin and destination)."""
    gaps: dict[tuple[str, str], list[int]] = {}
    for item in connections:
        gaps.setdefault((item.origin, item.destination), []).append(item.minutes)
    rows = []
    for (origin, destination), minutes in gaps.items():
        ordered = sorted(minutes)
        middle = len(ordered) // 2
        median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        rows.append(MarketService(origin, destination, len(ordered), ordered[0], median))
    return sorted(rows, key=lambda row: (-row.connections, row.origin, row.destination))
