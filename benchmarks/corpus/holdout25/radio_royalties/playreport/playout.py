"""The playout system's log of what went to air."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Play:
    """One item that went to air: when it started, the recording's ISRC as logged, and how long it ran."""

    started: str
    isrc: str
    artist: str
    title: str
    seconds: int


def normalise_isrc(code: str) -> str:
    """An ISRC as the society lists it: upper case, without the hyphens and spaces of the display form."""
    return code.replace("-", "").replace(" ", "").upper()


def parse_playout_log(text: str) -> list[Play]:
    """Plays from ``started|isrc|artist|title|seconds`` lines; blank lines are skipped.

    Raises ValueError for a line without five fields or with a duration that is not a
    whole number of seconds.
    """
    plays: list[Play] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("|")
        if len(fields) != 5 or not fields[4].strip().isdigit():
            raise ValueError(f"line {number}: cannot read {line!r}")
        started, isrc, artist, title, seconds = (field.strip() for field in fields)
        plays.append(Play(started, isrc, artist, title, int(seconds)))
    return plays
