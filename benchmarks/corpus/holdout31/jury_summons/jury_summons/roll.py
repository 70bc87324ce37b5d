"""The electoral roll extract supplied by the council's electoral services."""

from __future__ import annotations

import csv
import io
from datetime import date


def parse_roll(text: str) -> list[dict]:
    """Read the "elector_no,surname,forenames,postcode,date_of_birth" extract, in roll order.

    Elector numbers are upper-cased, postcodes normalised to upper case with single spaces. A
    header row is skipped. Raises ``ValueError`` for a short row or a bad date of birth.
    """
    electors = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or (number == 1 and row[0].strip().lower() == "elector_no"):
            continue
        if len(row) != 5:
            raise ValueError(f"row {number}: expected 5 fields")
        elector_no, surname, forenames, postcode, born = (field.strip() for field in row)
        electors.append({
            "elector_no": elector_no.upper(),
            "name": f"{forenames} {surname.upper()}".strip(),
            "postcode": " ".join(postcode.upper().split()),
            "dob": date.fromisoformat(born),
        })
    return electors
