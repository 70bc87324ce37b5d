"""The collecting society's list of registered recordings."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from playreport.playout import normalise_isrc


@dataclass(frozen=True)
class Recording:
    """A registered recording: its ISRC (normalised) and the musical work it is a recording of."""

    isrc: str
    work_id: str
    title: str
    artist: str


def parse_recordings(text: str) -> list[Recording]:
    """Recordings from the society's CSV export (columns ``ISRC,Work ID,Title,Artist``, with a header row).

    ISRCs are normalised; rows without an ISRC are skipped. The list keeps the file order.
    """
    reader = csv.DictReader(io.StringIO(text))
    recordings: list[Recording] = []
    for row in reader:
        isrc = normalise_isrc(row["ISRC"] or "")
        if isrc:
            recordings.append(Recording(isrc, row["Work ID"], row["Title"], row["Artist"]))
    return recordings
