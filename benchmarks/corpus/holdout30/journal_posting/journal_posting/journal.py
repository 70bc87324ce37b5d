"""Journal entries as keyed in by the bookkeepers."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field


@dataclass
class JournalEntry:
    """A journal entry: its reference, date, narrative and lines of (account, debit, credit) in
    cents."""

    ref: str
    date: str
    narrative: str
    lines: list[tuple[str, int, int]] = field(default_factory=list)


def _cents(text: str, row: int) -> int:
    text = text.strip()
    if not text:
        return 0
    units, _, fraction = text.partition(".")
    if not units.isdigit() or len(fraction) > 2 or (fraction and not fraction.isdigit()):
        raise ValueError(f"row {row}: bad amount {text!r}")
    return int(units) * 100 + int((fraction + "00")[:2])


def parse_journal(text: str) -> list[JournalEntry]:
    """Read the bookkeepers' journal export: "ref,date,narrative,account,debit,credit" rows; the
    rows of one entry share its reference and follow each other. Amounts are in pounds with up
    to two decimals, blank for zero. Raises ``ValueError`` for a row without six fields or a
    bad amount."""
    entries: list[JournalEntry] = []
    for row_number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or row[0] == "ref":
            continue
        if len(row) != 6:
            raise ValueError(f"row {row_number}: expected 6 fields")
        ref, date, narrative, account, debit, credit = row
        if not entries or entries[-1].ref != ref:
            entries.append(JournalEntry(ref, date, narrative))
        entries[-1].lines.append((account.strip(), _cents(debit, row_number), _cents(credit, row_number)))
    return entries
