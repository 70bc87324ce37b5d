"""Per-pupil attendance from the register export."""

from __future__ import annotations

from dataclasses import dataclass

from regmarks.codes import category


@dataclass
class PupilAttendance:
    """One pupil's sessions: possible, present, authorised and unauthorised absence, and the headline figures."""

    upn: str
    name: str
    form: str
    possible: int = 0
    present: int = 0
    authorised: int = 0
    unauthorised: int = 0
    percentage: float = 100.0
    persistent_absentee: bool = False


def _field(header: str, line: str, name: str) -> str:
    """The value in column ``name`` of a comma-separated ``line``, without surrounding whitespace.

    Raises ValueError when the header has no such column or the line is too short.
    """
    columns = [column.strip().lower() for column in header.split(",")]
    if name not in columns:
        raise ValueError(f"the export has no {name!r} column")
    values = line.split(",")
    index = columns.index(name)
    if index >= len(values):
        raise ValueError(f"no {name!r} value in {line!r}")
    return values[index].strip()


def attendance_summary(export: str) -> dict[str, PupilAttendance]:
    """Attendance per pupil (by UPN, in order of first appearance) from the register export.

    The export is comma-separated text (no quoting) with a header line naming at least the
    columns ``upn``, ``surname``, ``forename``, ``form``, ``date``, ``session`` and ``mark``
    in any order and any case. Blank lines are skipped. A later mark for the same pupil,
    date and session replaces the earlier one (register corrections are appended). Codes
    are case-insensitive. Sessions that are not possible (X, Y, Z, #) do not count; the
    percentage is present ÷ possible, rounded to 0.1 (100.0 with no possible sessions), and
    a persistent absentee has missed at least 10 % of possible sessions. The name and form
    are taken from the pupil's first line. Raises ValueError, naming the line, for an
    unknown code, and ValueError for a missing column or a short line.
    """
    lines = export.splitlines()
    if not lines:
        return {}
    header = lines[0]
    pupils: dict[str, PupilAttendance] = {}
    marks: dict[tuple[str, str, str], str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        upn = _field(header, line, "upn")
        mark = _field(header, line, "mark").upper()
        try:
            category(mark)
        except ValueError:
            raise ValueError(f"line {number}: unknown attendance code {mark!r}") from None
        if upn not in pupils:
            name = f"{_field(header, line, 'surname')}, {_field(header, line, 'forename')}"
            pupils[upn] = PupilAttendance(upn, name, _field(header, line, "form"))
        marks[(upn, _field(header, line, "date"), _field(header, line, "session").upper())] = mark
    for (upn, _, _), mark in marks.items():
        pupil = pupils[upn]
        kind = category(mark)
        if kind == "not possible":
            continue
        pupil.possible += 1
        if kind == "present":
            pupil.present += 1
        elif kind == "authorised":
            pupil.authorised += 1
        else:
            pupil.unauthorised += 1
    for pupil in pupils.values():
        if pupil.possible:
            pupil.percentage = round(100.0 * pupil.present / pupil.possible, 1)
            pupil.persistent_absentee = 10 * (pupil.possible - pupil.present) >= pupil.possible
    return pupils
