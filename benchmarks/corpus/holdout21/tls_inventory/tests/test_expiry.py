from datetime import datetime

import pytest

from certwatch.expiry import compare_endpoints, days_left, expiry_report, status_for
from certwatch.scan import Endpoint, parse_cert_time, read_scan

NOW = datetime(2025, 6, 2, 8, 0, 0)


def ep(host: str, not_after: str, port: int = 443) -> Endpoint:
    return Endpoint(host, port, host, "R3", not_after)


def test_parse_cert_time() -> None:
    assert parse_cert_time("Jun  1 12:00:00 2025 GMT") == datetime(2025, 6, 1, 12, 0, 0)
    with pytest.raises(ValueError):
        parse_cert_time("2025-06-01T12:00:00Z")


def test_read_scan() -> None:
    lines = ['{"host": "WWW.Example.com", "port": "443", "subject": "www.example.com", "issuer": "R3", '
             '"not_after": "Jul 10 00:00:00 2025 GMT"}', ""]
    assert read_scan(lines) == [Endpoint("www.example.com", 443, "www.example.com", "R3", "Jul 10 00:00:00 2025 GMT")]


def test_days_left_and_status() -> None:
    assert days_left(ep("a", "Jun  3 07:59:59 2025 GMT"), NOW) == 0
    assert days_left(ep("a", "Jun  1 08:00:00 2025 GMT"), NOW) == -1
    assert [status_for(d) for d in (-1, 0, 7, 8)] == ["expired", "critical", "critical", "warning"]


def test_compare_endpoints() -> None:
    early, late = ep("b", "Jun  5 00:00:00 2025 GMT"), ep("a", "Jun  6 00:00:00 2025 GMT")
    assert compare_endpoints(early, late) == -1
    assert compare_endpoints(ep("a", "Jun  5 00:00:00 2025 GMT", 8443), ep("a", "Jun  5 00:00:00 2025 GMT")) == 1


def test_report_filters_and_orders() -> None:
    endpoints = [ep("late.example.com", "Dec 31 00:00:00 2025 GMT"), ep("b.example.com", "Jun 20 00:00:00 2025 GMT"),
                 ep("a.example.com", "Jun 20 00:00:00 2025 GMT"), ep("old.example.com", "May 30 00:00:00 2025 GMT")]
    report = expiry_report(endpoints, NOW)
    assert [row["host"] for row in report] == ["old.example.com", "a.example.com", "b.example.com"]
    assert report[0]["status"] == "expired" and report[0]["days_left"] == -4
    assert report[1]["expires"] == "2025-06-20T00:00:00" and report[1]["status"] == "warning"


def test_warn_days() -> None:
    endpoints = [ep("a", "Jun  9 09:00:00 2025 GMT")]
    assert expiry_report(endpoints, NOW, warn_days=7)[0]["status"] == "critical"
    assert expiry_report(endpoints, NOW, warn_days=6) == []
    assert expiry_report([], NOW) == []
