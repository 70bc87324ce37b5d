"""Cross-checking of the submitted logs against each other."""

from __future__ import annotations

from qsocheck.cabrillo import QSO

STATUSES = ("confirmed", "bad_exchange", "not_in_log", "no_log")


def cross_check(qsos: list[QSO], tolerance: int = 3) -> dict[str, object]:
    """Check every logged contact against the log of the station it claims to have worked.

    A contact is matched by a contact in the other station's log with the calls swapped, the
    same band and mode and a time at most ``tolerance`` minutes away; of several candidates
    the one closest in time is used, and of equally close ones the first in ``qsos``. A
    contact never matches itself. The status of a contact is ``confirmed`` when the exchange
    the other station logged as sent is the one logged here as received, ``bad_exchange``
    when it is not, ``not_in_log`` when no contact matches and ``no_log`` when the worked
    station submitted no log (none of ``qsos`` is logged by it).

    Returns ``{"statuses": [...], "per_station": {call: {status: count}}}`` with the
    statuses in input order and the stations sorted by call. Raises ValueError for a
    negative tolerance.
    """
    if tolerance < 0:
        raise ValueError("tolerance must not be negative")
    submitted = {qso.call for qso in qsos}
    statuses: list[str] = []
    per_station: dict[str, dict[str, int]] = {}
    for index, qso in enumerate(qsos):
        if qso.worked not in submitted:
            status = "no_log"
        else:
            match: QSO | None = None
            best_gap = 0
            for other_index, other in enumerate(qsos):
                if other_index == index:
                    continue
                if (other.call == qso.worked and other.worked == qso.call
                        and other.band == qso.band and other.mode == qso.mode):
                    gap = abs(other.minute - qso.minute)
                    if gap <= tolerance and (match is None or gap < best_gap):
                        match, best_gap = other, gap
            if match is None:
                status = "not_in_log"
            elif match.sent == qso.received:
                status = "confirmed"
            else:
                status = "bad_exchange"
        statuses.append(status)
        counts = per_station.setdefault(qso.call, dict.fromkeys(STATUSES, 0))
        counts[status] += 1
    return {"statuses": statuses, "per_station": dict(sorted(per_station.items()))}
