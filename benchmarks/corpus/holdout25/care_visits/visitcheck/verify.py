"""Which rostered visits happened as planned."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from visitcheck.records import Check, Visit, parse_check_time, parse_roster_time

EARLY_CHECK_IN = timedelta(minutes=30)
LATE_CHECK_OUT = timedelta(minutes=60)


@dataclass(frozen=True)
class VisitResult:
    """The outcome of one visit: its status, minutes late (if checked in) and minutes on site (if checked out)."""

    visit_id: str
    status: str
    late_minutes: int | None
    minutes_on_site: float | None


def verify_visits(visits: Iterable[Visit], checks: Sequence[Check], grace_minutes: int = 10) -> list[VisitResult]:
    """Match every visit to its carer's check-in and check-out at the client, in visit order.

    The check-in is the earliest ``in`` by the visit's carer at its client from 30 minutes
    before the planned start to the planned end. The check-out is the earliest ``out`` by
    them there from the check-in (or from the planned start, without one) to 60 minutes
    after the planned end. The status is the first that applies of: ``missed`` (no
    check-in), ``no checkout``, ``late`` (checked in more than ``grace_minutes`` after the
    start), ``short`` (on site less than three quarters of the planned time) and ``ok``.
    Minutes late are whole minutes, never negative; minutes on site are rounded to 0.1.
    """
    results: list[VisitResult] = []
    for visit in visits:
        start = parse_roster_time(visit.start)
        end = parse_roster_time(visit.end)
        check_in = None
        for check in checks:
            at = parse_check_time(check.at)
            if check.kind != "in" or check.carer_id != visit.carer_id or check.client_id != visit.client_id:
                continue
            if start - EARLY_CHECK_IN <= at <= end and (check_in is None or at < check_in):
                check_in = at
        since = check_in if check_in is not None else start
        check_out = None
        for check in checks:
            at = parse_check_time(check.at)
            if check.kind != "out" or check.carer_id != visit.carer_id or check.client_id != visit.client_id:
                continue
            if since <= at <= end + LATE_CHECK_OUT and (check_out is None or at < check_out):
                check_out = at
        if check_in is None:
            results.append(VisitResult(visit.visit_id, "missed", None, None))
            continue
        late = max(0, int((check_in - start).total_seconds() // 60))
        if check_out is None:
            results.append(VisitResult(visit.visit_id, "no checkout", late, None))
            continue
        on_site = round((check_out - check_in).total_seconds() / 60, 1)
        planned = (end - start).total_seconds() / 60
        if late > grace_minutes:
            status = "late"
        elif on_site < 0.75 * planned:
            status = "short"
        else:
            status = "ok"
        results.append(VisitResult(visit.visit_id, status, late, on_site))
    return results


def exceptions_report(results: Sequence[VisitResult]) -> tuple[dict[str, int], list[str]]:
    """Counts per status, and the ids of the visits the care coordinator must follow up (anything but ok)."""
    counts = Counter(result.status for result in results)
    return dict(sorted(counts.items())), [result.visit_id for result in results if result.status != "ok"]
