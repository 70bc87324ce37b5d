"""The run's sample sheet (Illumina v1 layout, [Data] section)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SampleIndex:
    """A sample and its expected i7 and i5 index sequences (i5 empty on single-index runs)."""

    sample_id: str
    i7: str
    i5: str


def parse_sample_sheet(text: str) -> list[SampleIndex]:
    """The samples of the sheet's [Data] section, in sheet order.

    The section's first row names the columns; Sample_ID and index are required, index2 is
    optional. Index sequences are upper-cased. Raises ``ValueError`` when there is no [Data]
    section, a required column is missing, or a row has a different number of cells.
    """
    lines = text.splitlines()
    try:
        start = next(number for number, line in enumerate(lines) if line.strip().lower().startswith("[data]"))
    except StopIteration:
        raise ValueError("the sample sheet has no [Data] section") from None
    rows = []
    for line in lines[start + 1:]:
        if line.strip().startswith("["):
            break
        if line.strip(" ,"):
            rows.append([cell.strip() for cell in line.split(",")])
    if not rows:
        raise ValueError("the [Data] section is empty")
    header = rows[0]
    if "Sample_ID" not in header or "index" not in header:
        raise ValueError("the [Data] section needs Sample_ID and index columns")
    samples: list[SampleIndex] = []
    for cells in rows[1:]:
        if len(cells) != len(header):
            raise ValueError(f"row {cells!r} does not match the header")
        row = dict(zip(header, cells))
        samples.append(SampleIndex(row["Sample_ID"], row["index"].upper(), row.get("index2", "").upper()))
    return samples
