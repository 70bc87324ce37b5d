"""Call identifications exported by the auto-ID software."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Call:
    """One identified echolocation call: the detector, the survey night (the date the night
    began), seconds after sunset, species code and the auto-ID confidence (0-1)."""

    detector: str
    night: str
    seconds: float
    species: str
    confidence: float = 1.0


def read_calls(text: str, min_confidence: float = 0.5) -> list[Call]:
    """Calls from the CSV export (detector,night,seconds,species,confidence), in file order.

    Calls identified with less than ``min_confidence`` are dropped, as are noise files
    (species "NOISE"). Species codes are upper-cased.
    """
    calls = []
    for row in csv.DictReader(io.StringIO(text)):
        species = row["species"].strip().upper()
        confidence = float(row["confidence"])
        if species == "NOISE" or confidence < min_confidence:
            continue
        calls.append(Call(row["detector"].strip(), row["night"].strip(), float(row["seconds"]), species, confidence))
    return calls
