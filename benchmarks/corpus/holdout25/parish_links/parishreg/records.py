"""Baptism and burial entries as exported from the society's transcription tool."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Baptism:
    """A baptism entry: the child's names, the year of baptism and the father's name as written."""

    entry_id: str
    year: int
    forename: str
    surname: str
    father: str = ""


@dataclass(frozen=True)
class Burial:
    """A burial entry; ``age`` is the age at death in years when the register gives one."""

    entry_id: str
    year: int
    forename: str
    surname: str
    age: int | None = None


def _fields(text: str, count: int) -> list[tuple[int, list[str]]]:
    """The ``|``-separated fields of every non-blank, non-comment line, with its line number."""
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != count:
            raise ValueError(f"line {number}: expected {count} fields, found {len(fields)}")
        rows.append((number, fields))
    return rows


def parse_baptisms(text: str) -> list[Baptism]:
    """Baptisms from ``id|year|forename|surname|father`` lines.

    Blank lines and lines starting with ``#`` are skipped. Raises ValueError for a line
    with the wrong number of fields or a year that is not a whole number.
    """
    entries: list[Baptism] = []
    for number, (entry_id, year, forename, surname, father) in _fields(text, 5):
        if not year.isdigit():
            raise ValueError(f"line {number}: bad year {year!r}")
        entries.append(Baptism(entry_id, int(year), forename, surname, father))
    return entries


def parse_burials(text: str) -> list[Burial]:
    """Burials from ``id|year|forename|surname|age`` lines; the age may be left empty.

    Blank lines and lines starting with ``#`` are skipped. Raises ValueError for a line
    with the wrong number of fields, or a year or age that is not a whole number.
    """
    entries: list[Burial] = []
    for number, (entry_id, year, forename, surname, age) in _fields(text, 5):
        if not year.isdigit() or (age and not age.isdigit()):
            raise ValueError(f"line {number}: bad year or age {year!r}, {age!r}")
        entries.append(Burial(entry_id, int(year), forename, surname, int(age) if age else None))
    return entries
