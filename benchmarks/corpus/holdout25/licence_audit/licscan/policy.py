"""The compliance team's licence policy."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

COPYLEFT = frozenset({"GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "AGPL-3.0-only",
                      "AGPL-3.0-or-later", "LGPL-2.1-only", "LGPL-3.0-only", "MPL-2.0", "EPL-2.0"})


def violations(report: Mapping[str, list[str]], roots: Iterable[str], allowed: Iterable[str]) -> dict[str, list[str]]:
    """For each root package (what the product ships), the licences it brings in that are not allowed."""
    permitted = set(allowed)
    found: dict[str, list[str]] = {}
    for root in roots:
        bad = [licence for licence in report[root] if licence not in permitted]
        if bad:
            found[root] = bad
    return found


def copyleft_share(report: Mapping[str, list[str]]) -> float:
    """The fraction of packages whose dependency tree includes a copyleft licence."""
    if not report:
        return 0.0
    return sum(1 for licences in report.values() if COPYLEFT.intersection(licences)) / len(report)
