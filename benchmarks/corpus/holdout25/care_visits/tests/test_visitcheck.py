from datetime import datetime

import pytest

from visitcheck.records import Check, Visit, parse_check_time, parse_checks, parse_roster_time
from visitcheck.verify import VisitResult, exceptions_report, verify_visits

VISIT = Visit("V1", "CL7", "C1", "06/05/2024 08:30", "06/05/2024 09:00")


def test_time_formats() -> None:
    assert parse_roster_time("06/05/2024 08:30") == datetime(2024, 5, 6, 8, 30)
    assert parse_check_time("06/05/2024 08:34:10") == datetime(2024, 5, 6, 8, 34, 10)
    with pytest.raises(ValueError):
        parse_check_time("2024-05-06T08:34:10")


def test_parse_checks() -> None:
    checks = parse_checks("C1, CL7, in, 06/05/2024 08:31:00\n\nC1,CL7,out,06/05/2024 09:01:00\n")
    assert checks == [Check("C1", "CL7", "in", "06/05/2024 08:31:00"), Check("C1", "CL7", "out", "06/05/2024 09:01:00")]
    with pytest.raises(ValueError):
        parse_checks("C1,CL7,arrived,06/05/2024 08:31:00")


def test_ok_late_short_missed() -> None:
    on_time = [Check("C1", "CL7", "in", "06/05/2024 08:29:40"), Check("C1", "CL7", "out", "06/05/2024 09:02:00")]
    assert verify_visits([VISIT], on_time) == [VisitResult("V1", "ok", 0, 32.3)]
    late = [Check("C1", "CL7", "in", "06/05/2024 08:45:00"), Check("C1", "CL7", "out", "06/05/2024 09:15:00")]
    assert verify_visits([VISIT], late) == [VisitResult("V1", "late", 15, 30.0)]
    assert verify_visits([VISIT], late, grace_minutes=20)[0].status == "ok"
    short = [Check("C1", "CL7", "in", "06/05/2024 08:30:00"), Check("C1", "CL7", "out", "06/05/2024 08:50:00")]
    assert verify_visits([VISIT], short)[0].status == "short"
    other_carer = [Check("C2", "CL7", "in", "06/05/2024 08:30:00")]
    assert verify_visits([VISIT], other_carer) == [VisitResult("V1", "missed", None, None)]


def test_earliest_checks_inside_windows() -> None:
    checks = [
        Check("C1", "CL7", "in", "06/05/2024 07:59:00"),   # too early
        Check("C1", "CL7", "in", "06/05/2024 08:35:00"),
        Check("C1", "CL7", "in", "06/05/2024 08:32:00"),
        Check("C1", "CL7", "out", "06/05/2024 08:31:00"),  # before the check-in
        Check("C1", "CL7", "out", "06/05/2024 10:01:00"),  # too late
    ]
    assert verify_visits([VISIT], checks) == [VisitResult("V1", "no checkout", 2, None)]


def test_exceptions_report() -> None:
    results = [VisitResult("V1", "ok", 0, 30.0), VisitResult("V2", "missed", None, None), VisitResult("V3", "late", 20, 25.0)]
    assert exceptions_report(results) == ({"late": 1, "missed": 1, "ok": 1}, ["V2", "V3"])
