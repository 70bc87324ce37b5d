"""Waste transfer notes submitted by the hauliers through the duty-of-care portal."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date

EWC_CODE = re.compile(r"^\d{2} \d{2} \d{2}\*?$")


@dataclass(frozen=True)
class TransferNote:
    note_no: str
    haulier: str
    ewc_code: str          # European Waste Catalogue code, e.g. "20 03 01"
    declared_tonnes: float
    collected_on: date


def normalise_ewc(code: str) -> str:
    """"200301" or "20-03-01" become "20 03 01"; a trailing "*" (hazardous) is kept."""
    hazardous = code.strip().endswith("*")
    digits = re.sub(r"\D", "", code)
    if len(digits) != 6:
        raise ValueError(f"bad EWC code {code!r}")
    return f"{digits[:2]} {digits[2:4]} {digits[4:]}" + ("*" if hazardous else "")


def parse_portal_export(text: str) -> list[TransferNote]:
    """Read the portal's CSV ("note_no,haulier,ewc_code,declared_tonnes,collected_on" with a
    header), in submission order. Note numbers are upper-cased."""
    notes = []
    for row in csv.DictReader(io.StringIO(text)):
        notes.append(TransferNote(row["note_no"].strip().upper(), row["haulier"].strip(),
                                  normalise_ewc(row["ewc_code"]), float(row["declared_tonnes"]),
                                  date.fromisoformat(row["collected_on"].strip())))
    return notes
