"""Berry samples as exported by the winery lab's bench analyser."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """One berry sample: vineyard block code, when it was taken ("YYYY-MM-DD HH:MM", local time),
    sugar in degrees Brix, pH and titratable acidity in g/L."""

    block: str
    taken: str
    brix: float
    ph: float
    ta: float


def parse_lab_export(text: str) -> list[Sample]:
    """Read the analyser's "block,taken,brix,ph,ta" CSV export, in file order.

    A header row is skipped. Block codes are upper-cased. Raises ``ValueError`` for a row with the
    wrong number of fields or a non-numeric reading.
    """
    samples = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or (number == 1 and row[0].strip().lower() == "block"):
            continue
        if len(row) != 5:
            raise ValueError(f"row {number}: expected block,taken,brix,ph,ta")
        block, taken = row[0].strip().upper(), row[1].strip()
        try:
            brix, ph, ta = (float(field) for field in row[2:])
        except ValueError:
            raise ValueError(f"row {number}: non-numeric reading") from None
        samples.append(Sample(block, taken, brix, ph, ta))
    return samples


def group_by_block(samples: list[Sample]) -> dict[str, list[Sample]]:
    """Samples per block, blocks in the order first seen, samples in export order."""
    grouped: dict[str, list[Sample]] = {}
    for sample in samples:
        grouped.setdefault(sample.block, []).append(sample)
    return grouped
