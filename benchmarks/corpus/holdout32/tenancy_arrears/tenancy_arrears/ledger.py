"""Reading the rent-account ledger exported by the housing management system."""

from __future__ import annotations

import csv
import io

DATE_FORMAT = "%d/%m/%Y"
KINDS = ("charge", "payment", "credit")
COLUMNS = ("tenancy", "date", "kind", "amount", "reference")


def read_ledger(text: str) -> list[dict[str, str]]:
    """Rows of the CSV export as dicts of strings, in file order.

    The export has a header line with the columns tenancy,date,kind,amount,reference; kinds are
    lower-cased and surrounding spaces removed. Raises ValueError for a missing column or an
    unknown kind.
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"ledger export lacks columns {missing}")
    rows = []
    for number, raw in enumerate(reader, start=2):
        row = {column: (raw[column] or "").strip() for column in COLUMNS}
        row["kind"] = row["kind"].lower()
        if row["kind"] not in KINDS:
            raise ValueError(f"line {number}: unknown kind {row['kind']!r}")
        rows.append(row)
    return rows
