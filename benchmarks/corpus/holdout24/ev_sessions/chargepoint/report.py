"""Monthly figures for the council's EV infrastructure dashboard."""

from __future__ import annotations

from collections import defaultdict

from chargepoint.meterlog import Session
from chargepoint.tariff import session_charge


def charger_totals(sessions: list[Session]) -> dict[str, dict[str, int]]:
    """Sessions, energy (Wh), plugged-in minutes, overstay fees and takings per charger, sorted by charger."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"sessions": 0, "energy_wh": 0, "plugged_minutes": 0,
                                                             "idle_fees": 0, "takings": 0})
    for session in sessions:
        row = totals[session.charger]
        row["sessions"] += 1
        row["energy_wh"] += session.energy_wh
        row["plugged_minutes"] += int((session.end - session.start).total_seconds()) // 60
        row["idle_fees"] += session.idle_fee
        row["takings"] += session_charge(session)
    return {charger: dict(row) for charger, row in sorted(totals.items())}


def busiest_days(sessions: list[Session], top: int = 3) -> list[tuple[str, int]]:
    """The days with most sessions started (ties by date)."""
    counts: dict[str, int] = defaultdict(int)
    for session in sessions:
        counts[session.day] += 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
