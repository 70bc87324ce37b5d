"""Jury service history and excusals kept by the jury office."""

from __future__ import annotations

from datetime import date


def parse_service_log(lines: list[str]) -> list[dict]:
    """Past service: one "elector_no served_on(YYYY-MM-DD) court" line per completed service."""
    records = []
    for number, raw in enumerate(lines, start=1):
        parts = raw.split()
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) != 3:
            raise ValueError(f"line {number}: expected elector_no date court")
        records.append({"elector_no": parts[0].upper(), "served_on": date.fromisoformat(parts[1]),
                        "court": parts[2]})
    return records


def parse_excusals(lines: list[str]) -> list[dict]:
    """Excusals and deferrals: "elector_no until(YYYY-MM-DD) reason..." lines."""
    excusals = []
    for number, raw in enumerate(lines, start=1):
        parts = raw.split(None, 2)
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) < 2:
            raise ValueError(f"line {number}: expected elector_no date [reason]")
        excusals.append({"elector_no": parts[0].upper(), "until": date.fromisoformat(parts[1]),
                         "reason": parts[2].strip() if len(parts) == 3 else ""})
    return excusals
