"""Wells of the qPCR instrument's results export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class Well:
    """One reaction: plate barcode, well position, sample, target gene and threshold cycle
    (``None`` when the instrument reports "Undetermined")."""

    plate: str
    position: str
    sample: str
    target: str
    ct: float | None


def read_export(text: str, plate: str) -> list[Well]:
    """Wells from one plate's results CSV (columns Well, Sample Name, Target Name, CT), in file order.

    Rows without a sample name (empty wells) are skipped; "Undetermined" Ct values become None.
    """
    wells = []
    for row in csv.DictReader(io.StringIO(text)):
        sample = (row.get("Sample Name") or "").strip()
        if not sample:
            continue
        raw_ct = (row.get("CT") or "").strip()
        ct = None if raw_ct in ("", "Undetermined") else float(raw_ct)
        wells.append(Well(plate, row["Well"].strip(), sample, row["Target Name"].strip(), ct))
    return wells
