"""Reading, shifting and writing SubRip (.srt) subtitles."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

_TIMESTAMP = re.compile(r"(\d+):(\d{2}):(\d{2})[,.](\d{3})")


class SrtError(ValueError):
    """The subtitle text is not valid SubRip."""


@dataclass
class Cue:
    """One subtitle: its number, when it is shown (milliseconds) and its text lines."""

    index: int
    start_ms: int
    end_ms: int
    text: str


def parse_timestamp(stamp: str) -> int:
    """`HH:MM:SS,mmm` (a '.' is accepted instead of the comma) to milliseconds."""
    match = _TIMESTAMP.fullmatch(stamp)
    if match is None:
        raise SrtError(f"bad timestamp {stamp!r}")
    hours, minutes, seconds, millis = (int(part) for part in match.groups())
    if minutes > 59 or seconds > 59:
        raise SrtError(f"bad timestamp {stamp!r}")
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def format_timestamp(ms: int) -> str:
    """Milliseconds to `HH:MM:SS,mmm`."""
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def parse_srt(text: str) -> list[Cue]:
    """Parse SubRip text into cues.

    Cues are separated by blank (or whitespace-only) lines. Each cue is a number line, a
    timing line `start --> end` (anything after the end timestamp, such as position hints,
    is ignored) and zero or more text lines, which are kept verbatim and joined with
    "\\n". A leading byte-order mark is ignored. Raises SrtError on a missing or
    non-numeric number line, a missing or malformed timing line, or a cue that ends
    before it starts.
    """
    lines = text.lstrip("\ufeff").splitlines()
    cues: list[Cue] = []
    while lines:
        line = lines.pop(0).strip()
        if not line:
            continue
        try:
            index = int(line)
        except ValueError:
            raise SrtError(f"expected a cue number, got {line!r}") from None
        if not lines:
            raise SrtError(f"cue {index} has no timing line")
        timing = lines.pop(0)
        start, arrow, end = timing.partition("-->")
        if not arrow or not end.split():
            raise SrtError(f"cue {index} has a bad timing line {timing!r}")
        start_ms = parse_timestamp(start.strip())
        end_ms = parse_timestamp(end.split()[0])
        if end_ms < start_ms:
            raise SrtError(f"cue {index} ends before it starts")
        body: list[str] = []
        while lines and lines[0].strip():
            body.append(lines.pop(0))
        cues.append(Cue(index, start_ms, end_ms, "\n".join(body)))
    return cues


def shift(cues: Iterable[Cue], offset_ms: int) -> list[Cue]:
    """Move every cue by `offset_ms` (cues pushed before zero are dropped)."""
    return [replace(cue, start_ms=cue.start_ms + offset_ms, end_ms=cue.end_ms + offset_ms) for cue in cues if cue.start_ms + offset_ms >= 0]


def format_srt(cues: Iterable[Cue]) -> str:
    """SubRip text for `cues`, renumbered from 1."""
    blocks = []
    for number, cue in enumerate(cues, start=1):
        blocks.append(f"{number}\n{format_timestamp(cue.start_ms)} --> {format_timestamp(cue.end_ms)}\n{cue.text}\n")
    return "\n".join(blocks)
