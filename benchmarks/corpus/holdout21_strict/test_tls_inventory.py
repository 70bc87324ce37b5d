"""Strict equivalence tests for expiry_report (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cmp_to_key

import pytest
from strict_support import assert_same
from certwatch.expiry import expiry_report
from certwatch.scan import Endpoint

TARGET = "certwatch/expiry.py:expiry_report"


# --- verbatim copy of the original implementation and its helpers -------------------------

OPENSSL_TIME = "%b %d %H:%M:%S %Y %Z"


def parse_cert_time(text):
    return datetime.strptime(text, OPENSSL_TIME)


def days_left(endpoint, now):
    return (parse_cert_time(endpoint.not_after) - now).days


def compare_endpoints(a, b):
    expires_a, expires_b = parse_cert_time(a.not_after), parse_cert_time(b.not_after)
    if expires_a != expires_b:
        return -1 if expires_a < expires_b else 1
    if a.host != b.host:
        return -1 if a.host < b.host else 1
    return (a.port > b.port) - (a.port < b.port)


def status_for(days):
    if days < 0:
        return "expired"
    if days <= 7:
        return "critical"
    return "warning"


def reference(endpoints, now, warn_days=30):
    due = [endpoint for endpoint in endpoints if days_left(endpoint, now) <= warn_days]
    due.sort(key=cmp_to_key(compare_endpoints))
    rows = []
    for endpoint in due:
        days = days_left(endpoint, now)
        rows.append({
            "host": endpoint.host,
            "port": endpoint.port,
            "subject": endpoint.subject,
            "issuer": endpoint.issuer,
            "expires": parse_cert_time(endpoint.not_after).isoformat(),
            "days_left": days,
            "status": status_for(days),
        })
    return rows


# --- cases -------------------------------------------------------------------------------

@dataclass
class ScanRow:  # a mutable look-alike record
    host: object
    port: object
    subject: object
    issuer: object
    not_after: object


NOW = datetime(2025, 6, 2, 8, 0, 0)


def ep(host, not_after, port=443, subject=None, issuer="R3"):
    return Endpoint(host, port, host if subject is None else subject, issuer, not_after)


SOON = "Jun 20 00:00:00 2025 GMT"
BASIC = [ep("late.example.com", "Dec 31 00:00:00 2025 GMT"), ep("b.example.com", SOON), ep("a.example.com", SOON),
         ep("old.example.com", "May 30 00:00:00 2025 GMT"), ep("a.example.com", SOON, 8443), ep("a.example.com", SOON, 25)]

CASES = [
    ([], NOW),
    ([], NOW, 0),
    ((), NOW),
    ([], None),
    (BASIC, NOW),
    (tuple(BASIC), NOW),
    (list(reversed(BASIC)), NOW),
    (BASIC, NOW, 0),
    (BASIC, NOW, -3),
    (BASIC, NOW, -4),
    (BASIC, NOW, -5),
    (BASIC, NOW, 17),
    (BASIC, NOW, 18),
    (BASIC, NOW, 365),
    (BASIC, NOW, 10 ** 6),
    (BASIC, NOW, 17.5),
    (BASIC, NOW, float("inf")),
    (BASIC, NOW, float("-inf")),
    (BASIC, NOW, True),
    (BASIC, datetime(2026, 1, 1), 0),
    (BASIC, datetime(2020, 1, 1), 400),
    (BASIC + BASIC, NOW, 365),
    ([BASIC[1]] * 5, NOW),
    ([ep("a", SOON), ep("a", SOON), ep("a", SOON, 443, subject="other")], NOW),
    ([ep("a", SOON, issuer="X"), ep("a", SOON, issuer="Y"), ep("a", SOON, issuer="X")], NOW),
    ([ep("a", "Jun  3 07:59:59 2025 GMT"), ep("b", "Jun  3 08:00:00 2025 GMT"), ep("c", "Jun  3 08:00:01 2025 GMT")], NOW, 0),
    ([ep("a", "Jun  2 08:00:00 2025 GMT"), ep("b", "Jun  2 07:59:59 2025 GMT")], NOW, 0),
    ([ep("a", "Jun  2 07:59:59 2025 GMT")], NOW, -1),
    ([ep("a", "Jun  9 08:00:00 2025 GMT"), ep("b", "Jun 10 08:00:00 2025 GMT"), ep("c", "Jun 10 07:59:59 2025 GMT")], NOW),
    ([ep("a", "Jun 1 12:00:00 2025 GMT"), ep("b", "Jun 01 12:00:00 2025 GMT"), ep("c", "Jun  1 12:00:00 2025 GMT")], NOW),
    ([ep("b", "Jun 1 12:00:00 2025 GMT"), ep("a", "Jun 01 12:00:00 2025 GMT")], NOW),
    ([ep("a", "jun 10 12:00:00 2025 GMT"), ep("b", "JUN 10 12:00:00 2025 gmt")], NOW),
    ([ep("a", "Jun 10 12:00:00 2025 UTC"), ep("b", "Jun 10 12:00:00 2025 GMT")], NOW),
    ([ep("a", "Jun 10 12:00:00 2025   GMT"), ep("b", " Jun 10 12:00:00 2025 GMT")], NOW),
    ([ep("a", "Feb 29 00:00:00 2024 GMT")], NOW, 10 ** 4),
    ([ep("a", "Feb 29 00:00:00 2025 GMT")], NOW),
    ([ep("a", "Jun 31 00:00:00 2025 GMT")], NOW),
    ([ep("a", "Jun 10 24:00:00 2025 GMT")], NOW),
    ([ep("a", "Jun 10 23:59:60 2025 GMT")], NOW),
    ([ep("a", "Jun 10 12:00:00 2025 CET")], NOW),
    ([ep("a", "Jun 10 12:00:00 2025")], NOW),
    ([ep("a", "2025-06-10T12:00:00Z")], NOW),
    ([ep("a", "")], NOW),
    ([ep("a", "Jan  1 00:00:00 0001 GMT")], datetime(1, 1, 1)),
    ([ep("a", "Dec 31 23:59:59 9999 GMT")], datetime(9999, 12, 1), 31),
    ([ep("a", SOON), ep("b", "Jan  1 00:00:00 1970 GMT")], NOW),
    ([ep("Ä.example", SOON), ep("a.example", SOON), ep("z.example", SOON), ep("", SOON)], NOW),
    ([ep("xn--mnchen-3ya.de", SOON), ep("münchen.de", SOON)], NOW),
    ([ep("a", SOON, 443), ep("a", SOON, 443.0), ep("a", SOON, True)], NOW),
    ([ep("a", SOON, 8443), ep("a", SOON, -1), ep("a", SOON, 0)], NOW),
    ([ScanRow("a", 443, "a", "R3", SOON), ep("a", SOON, 80)], NOW),
    ([ScanRow("a", 443, None, None, SOON)], NOW),
    ([ep("a", SOON)], datetime(2025, 6, 2, 8, 0, 0, 999999)),
    ([ep("a", SOON)], datetime(2025, 6, 2, 8, 0, 0, 1)),
    # invalid input
    (None, NOW),
    ([None], NOW),
    ([ep("a", None)], NOW),
    ([ep("a", 20250620)], NOW),
    ([ep("a", SOON)], None),
    ([ep("a", SOON)], "2025-06-02"),
    ([ep("a", SOON)], date(2025, 6, 2)),
    ([ep("a", SOON)], datetime(2025, 6, 2, tzinfo=timezone.utc)),
    ([ep("a", SOON)], NOW, None),
    ([ep("a", SOON)], NOW, "30"),
    ([ep("a", SOON), ep(None, SOON)], NOW),
    ([ep("a", SOON), ep(None, "Jun 21 00:00:00 2025 GMT")], NOW),
    ([ep("a", SOON, 443), ep("a", SOON, "443")], NOW),
    ([ep("a", SOON, 443), ep("b", SOON, "443")], NOW),
    ([ep(("a",), SOON), ep("a", SOON)], NOW),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(expiry_report, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(expiry_report, reference, warn_days=20, now=NOW, endpoints=BASIC)


HOSTS = ["api.example.com", "www.example.com", "vpn.example.com", "API.example.com", "db1.internal", "db10.internal",
         "db2.internal", "ümlaut.example", "a", ""]


def _random_cases():
    rng = random.Random(4430)
    for index in range(200):
        base = datetime(2025, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.choice([0, 30]))
        moments = [base + timedelta(days=rng.randint(-30, 120), seconds=rng.choice([0, 1, 3600, rng.randrange(86400)]))
                   for _ in range(rng.randint(1, 6))]
        endpoints = []
        for _ in range(rng.choice([0, 1, 2, 5, 20, 60])):
            moment = rng.choice(moments)
            day = f"{moment.day:2d}" if rng.random() < 0.8 else f"{moment.day:02d}"
            endpoints.append(ep(rng.choice(HOSTS), f"{moment:%b} {day} {moment:%H:%M:%S %Y} GMT",
                                rng.choice([443, 443, 8443, 636, 25]), issuer=rng.choice(["R3", "E5", "Internal CA"])))
        now = base + timedelta(hours=rng.choice([0, 5, -7, 24 * 10]))
        if index % 3 == 0:
            yield endpoints, now
        else:
            yield endpoints, now, rng.choice([0, 7, 14, 30, 60, 90, -10])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(expiry_report, reference, *case)


def test_estate_scan() -> None:
    rng = random.Random(9)
    endpoints = []
    for _ in range(1500):
        moment = NOW + timedelta(days=rng.randint(-10, 120), seconds=rng.randrange(86400))
        endpoints.append(ep(f"{rng.choice(['api', 'www', 'sso'])}{rng.randint(1, 40)}.example.com",
                            f"{moment:%b} {moment.day:2d} {moment:%H:%M:%S %Y} GMT", rng.choice([443, 8443])))
    assert_same(expiry_report, reference, endpoints, NOW, 60)
