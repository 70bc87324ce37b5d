"""The plain-text report attached to the audit file."""

from __future__ import annotations

from typing import Mapping


def _ranges(numbers: list[int]) -> str:
    """"3, 7-9, 12" for [3, 7, 8, 9, 12]."""
    parts = []
    start = previous = None
    for number in numbers:
        if start is None:
            start = previous = number
        elif number == previous + 1:
            previous = number
        else:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
            start = previous = number
    if start is not None:
        parts.append(str(start) if start == previous else f"{start}-{previous}")
    return ", ".join(parts)


def format_report(findings: Mapping[str, dict]) -> str:
    """One block per series, clean series marked OK."""
    lines = []
    for series, found in findings.items():
        lines.append(f"{series or '(no prefix)'}  {found['first']}..{found['last']}  {found['issued']} invoices")
        if not (found["gaps"] or found["duplicates"] or found["backdated"]):
            lines.append("  OK")
        if found["gaps"]:
            lines.append(f"  missing ({len(found['gaps'])}): {_ranges(found['gaps'])}")
        if found["duplicates"]:
            lines.append(f"  duplicated: {_ranges(found['duplicates'])}")
        if found["backdated"]:
            lines.append(f"  back-dated: {_ranges(found['backdated'])}")
    return "\n".join(lines) + "\n"


def exception_count(findings: Mapping[str, dict]) -> int:
    """Number of findings the auditor has to explain."""
    return sum(len(f["gaps"]) + len(f["duplicates"]) + len(f["backdated"]) for f in findings.values())
