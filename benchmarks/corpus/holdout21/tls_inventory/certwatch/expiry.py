"""The renewal report: certificates expiring soon, soonest first."""

from __future__ import annotations

from datetime import datetime
from functools import cmp_to_key

from certwatch.scan import Endpoint, parse_cert_time


def days_left(endpoint: Endpoint, now: datetime) -> int:
    """Whole days until the certificate expires (negative once it has expired)."""
    return (parse_cert_time(endpoint.not_after) - now).days


def compare_endpoints(a: Endpoint, b: Endpoint) -> int:
    """Order by expiry, then host name, then port."""
    expires_a, expires_b = parse_cert_time(a.not_after), parse_cert_time(b.not_after)
    if expires_a != expires_b:
        return -1 if expires_a < expires_b else 1
    if a.host != b.host:
        return -1 if a.host < b.host else 1
    return (a.port > b.port) - (a.port < b.port)


def status_for(days: int) -> str:
    if days < 0:
        return "expired"
    if days <= 7:
        return "critical"
    return "warning"


def expiry_report(endpoints: list[Endpoint], now: datetime, warn_days: int = 30) -> list[dict[str, object]]:
    """Endpoints whose certificate expires within ``warn_days`` days of ``now`` (or has
    expired), soonest first with ties by host and port; each with its expiry time in ISO
    format, the days left and a status ('expired', 'critical' within a week, 'warning')."""
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
