"""Fault calls as logged by the contractor's help desks."""

from __future__ import annotations

STAMP = "%Y-%m-%d %H:%M"
FIELDS = ("raised", "site", "lift", "code", "notes")
CODES = {"DOOR", "LEVEL", "TRAP", "NOISE", "ALARM", "POWER", "BUTTON", "OTHER"}


def parse_call_log(text: str) -> list[dict[str, str]]:
    """Parse a help-desk export: "raised;site;lift;code;notes" per line, ``raised`` as
    "YYYY-MM-DD HH:MM" local time. The notes may contain semicolons. Lines starting with # are
    comments.

    Each call becomes a dict with the five fields, the lift id prefixed with its site
    ("SITE/LIFT") so that lift L1 at two sites stays apart. Raises ``ValueError`` for a line with
    fewer than five fields or an unknown fault code.
    """
    calls = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split(";", 4)
        if len(fields) != 5:
            raise ValueError(f"line {number}: expected raised;site;lift;code;notes")
        raised, site, lift, code, notes = (field.strip() for field in fields)
        if code.upper() not in CODES:
            raise ValueError(f"line {number}: unknown fault code {code!r}")
        calls.append({"raised": raised, "site": site, "lift": f"{site}/{lift}", "code": code.upper(), "notes": notes})
    return calls


def merge_logs(*logs: list[dict[str, str]]) -> list[dict[str, str]]:
    """Concatenate the logs of the help desks (each is in its own order; nothing is sorted)."""
    merged: list[dict[str, str]] = []
    for log in logs:
        merged.extend(log)
    return merged
