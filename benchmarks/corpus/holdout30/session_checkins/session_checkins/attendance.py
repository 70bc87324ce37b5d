"""Per-session attendance figures for the sponsor report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence


@dataclass
class SessionAttendance:
    """Attendance of one session. ``walk_ins`` are badges that checked in without a booking and
    ``no_shows`` booked badges that never checked in, both in the order they were first seen."""

    session: str
    booked: int
    attended: int
    walk_ins: list[str]
    no_shows: list[str]
    no_show_rate: float


def session_attendance(bookings: Mapping[str, Sequence[str]],
                       scans: Iterable[tuple[str, str]]) -> dict[str, SessionAttendance]:
    """Attendance of every booked session from the door scans.

    ``bookings`` maps each session to the badges booked on it; ``scans`` are (session, badge)
    check-ins in time order. A badge scanned several times at the same session counts once.
    Scans for sessions without bookings are ignored. The no-show rate is the share of bookings
    without a check-in, rounded to three decimals (0.0 for a session with no bookings).
    """
    scanned: dict[str, list[str]] = {}
    for session, badge in scans:
        scanned.setdefault(session, []).append(badge)
    report: dict[str, SessionAttendance] = {}
    for session, booked in bookings.items():
        attended: list[str] = []
        for badge in scanned.get(session, []):
            if badge not in attended:
                attended.append(badge)
        walk_ins = [badge for badge in attended if badge not in booked]
        no_shows = [badge for badge in booked if badge not in attended]
        rate = round(len(no_shows) / len(booked), 3) if booked else 0.0
        report[session] = SessionAttendance(session, len(booked), len(attended), walk_ins, no_shows, rate)
    return report


def sponsor_summary(report: Mapping[str, SessionAttendance], top: int = 5) -> list[str]:
    """The lines of the sponsor report: the ``top`` best-attended sessions, then the overall
    no-show rate across all bookings."""
    ranked = sorted(report.values(), key=lambda item: (-item.attended, item.session))[:top]
    lines = [f"{item.session}: {item.attended} attended, {len(item.walk_ins)} walk-ins, "
             f"{item.no_show_rate:.1%} no-shows" for item in ranked]
    booked = sum(item.booked for item in report.values())
    missed = sum(len(item.no_shows) for item in report.values())
    lines.append(f"overall no-show rate {missed / booked if booked else 0.0:.1%}")
    return lines
