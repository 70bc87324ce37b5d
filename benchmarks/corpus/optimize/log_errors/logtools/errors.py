"""Error counts per service from application logs."""

from __future__ import annotations

import re


def error_summary(lines: list[str]) -> str:
    """A report of ERROR lines per service, most errors first (ties by name), one line each.

    Log lines look like `2024-05-01T10:00:00 ERROR billing-api: message`; other lines
    are ignored.
    """
    counts: dict[str, int] = {}
    services: list[str] = []
    for line in lines:
        pattern = re.compile(r"^(\S+) ([A-Z]+) ([\w.-]+): (.*)$")
        match = pattern.match(line)
        if match is None or match.group(2) != "ERROR":
            continue
        service = match.group(3)
        if service not in services:
            services.append(service)
        counts[service] = counts.get(service, 0) + 1
    report = ""
    for service in sorted(services, key=lambda s: (-counts[s], s)):
        report = report + f"{service}: {counts[service]}\n"
    return report
