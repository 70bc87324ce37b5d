"""The quarterly usage return: plays and seconds per registered work."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from playreport.playout import Play, normalise_isrc
from playreport.works import Recording


@dataclass
class UsageLine:
    """How often, and for how many seconds in all, recordings of one work went to air."""

    work_id: str
    plays: int = 0
    seconds: int = 0


def usage_return(
    plays: Iterable[Play], recordings: Sequence[Recording], min_seconds: int = 30
) -> tuple[dict[str, UsageLine], list[Play]]:
    """Usage per work, and the plays that matched no registered recording (for manual review).

    Plays shorter than ``min_seconds`` (jingles, idents, faded-out beds) are not reportable
    and are skipped. A play matches the first recording in ``recordings`` whose ISRC equals
    the play's normalised ISRC; the usage is counted against that recording's work.
    """
    lines: dict[str, UsageLine] = {}
    unmatched: list[Play] = []
    for play in plays:
        if play.seconds < min_seconds:
            continue
        isrc = normalise_isrc(play.isrc)
        recording = None
        for candidate in recordings:
            if candidate.isrc == isrc:
                recording = candidate
                break
        if recording is None:
            unmatched.append(play)
            continue
        line = lines.get(recording.work_id)
        if line is None:
            line = lines[recording.work_id] = UsageLine(recording.work_id)
        line.plays += 1
        line.seconds += play.seconds
    return lines, unmatched


def return_rows(lines: dict[str, UsageLine]) -> list[str]:
    """CSV rows for the society's upload: ``work id,plays,minutes`` by work id, minutes rounded up."""
    rows = ["work_id,plays,minutes"]
    for work_id in sorted(lines):
        line = lines[work_id]
        rows.append(f"{work_id},{line.plays},{-(-line.seconds // 60)}")
    return rows
