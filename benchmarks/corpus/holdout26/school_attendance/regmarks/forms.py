"""Form-group figures for the attendance meeting."""

from __future__ import annotations

from collections.abc import Iterable

from regmarks.summary import PupilAttendance


def form_summary(pupils: Iterable[PupilAttendance]) -> list[tuple[str, float, int]]:
    """Per form (sorted): overall attendance % (0.1) over all possible sessions and the number of persistent absentees."""
    totals: dict[str, list[int]] = {}
    for pupil in pupils:
        row = totals.setdefault(pupil.form, [0, 0, 0])
        row[0] += pupil.possible
        row[1] += pupil.present
        row[2] += pupil.persistent_absentee
    return [(form, round(100.0 * present / possible, 1) if possible else 100.0, absentees)
            for form, (possible, present, absentees) in sorted(totals.items())]
