"""The dangerous goods list: UN numbers, proper shipping names and hazard classes."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

_UN = re.compile(r"UN\d{4}")


@dataclass(frozen=True)
class DangerousGood:
    """One entry of the dangerous goods list."""

    un_number: str
    name: str
    hazard_class: str


def parse_dg_list(text: str) -> list[DangerousGood]:
    """Read the compliance team's CSV extract ("UN number,proper shipping name,class"; the name
    is quoted when it contains commas). A header row starting with "UN number" is skipped.

    Raises ``ValueError`` for a row without three fields, a UN number not of the form UN1234 or
    an empty name.
    """
    entries = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or row[0].strip().lower() == "un number":
            continue
        if len(row) != 3:
            raise ValueError(f"row {number}: expected 3 fields, found {len(row)}")
        un_number, name, hazard_class = (field.strip() for field in row)
        if not _UN.fullmatch(un_number):
            raise ValueError(f"row {number}: bad UN number {un_number!r}")
        if not name:
            raise ValueError(f"row {number}: empty proper shipping name")
        entries.append(DangerousGood(un_number, name, hazard_class))
    return entries
