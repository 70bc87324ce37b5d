"""Tagged camera-trap images exported from the image-tagging tool."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Detection:
    station: str
    species: str
    taken: str  # camera clock, "YYYY-MM-DD HH:MM:SS"
    count: int  # individuals visible in the image


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, TIME_FORMAT)


def read_detections(lines: Iterable[str]) -> list[Detection]:
    """Parse the tagging export (CSV with header station,species,taken,count); untagged images are skipped."""
    detections = []
    for row in csv.DictReader(lines):
        species = row["species"].strip()
        if species:
            detections.append(Detection(row["station"].strip(), species, row["taken"].strip(), int(row["count"] or 1)))
    return detections
