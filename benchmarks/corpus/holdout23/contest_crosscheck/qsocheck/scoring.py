"""Claimed and checked scores from the cross-check results."""

from __future__ import annotations

from qsocheck.cabrillo import QSO

POINTS = {"CW": 3, "PH": 2, "RY": 3}


def checked_scores(qsos: list[QSO], statuses: list[str]) -> dict[str, dict[str, int]]:
    """Claimed and checked score per station (sorted by call).

    Every contact claims the points of its mode; confirmed contacts and contacts with
    stations that sent no log keep them, and a contact missing from the other log loses
    them again as a penalty. Multipliers are the distinct (band, exchange serial)
    pairs among the contacts that keep their points.
    """
    if len(qsos) != len(statuses):
        raise ValueError("one status per contact is needed")
    claimed: dict[str, int] = {}
    points: dict[str, int] = {}
    multipliers: dict[str, set[tuple[str, str]]] = {}
    for qso, status in zip(qsos, statuses):
        value = POINTS.get(qso.mode, 1)
        claimed[qso.call] = claimed.get(qso.call, 0) + value
        kept = points.get(qso.call, 0)
        if status in ("confirmed", "no_log"):
            kept += value
            multipliers.setdefault(qso.call, set()).add((qso.band, qso.received.split()[-1]))
        elif status == "not_in_log":
            kept -= value
        points[qso.call] = kept
    return {call: {"claimed": claimed[call], "checked": points[call] * len(multipliers.get(call, ()))}
            for call in sorted(claimed)}
