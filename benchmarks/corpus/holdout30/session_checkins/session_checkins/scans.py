"""Check-in events uploaded by the handheld badge scanners at the room doors."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scan:
    """One badge scan at a room door: scanner id, session id, badge id, seconds since the doors
    opened on the day."""

    scanner: str
    session: str
    badge: str
    at_s: int


def parse_scanner_upload(text: str) -> list[Scan]:
    """Parse a scanner upload: one "scanner|session|badge|seconds" line per scan.

    Lines starting with ``#`` are comments. Badge ids are upper-cased. A line that does not have
    four fields or has a non-integer time raises ``ValueError``.
    """
    scans = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 4:
            raise ValueError(f"line {number}: expected 4 fields")
        try:
            at_s = int(fields[3])
        except ValueError:
            raise ValueError(f"line {number}: bad time {fields[3]!r}") from None
        scans.append(Scan(fields[0], fields[1], fields[2].upper(), at_s))
    return scans


def merge_uploads(uploads: list[list[Scan]]) -> list[tuple[str, str]]:
    """Merge the uploads of all scanners into (session, badge) pairs in time order (scans at the
    same second keep their upload order)."""
    merged = sorted((scan for upload in uploads for scan in upload), key=lambda scan: scan.at_s)
    return [(scan.session, scan.badge) for scan in merged]
