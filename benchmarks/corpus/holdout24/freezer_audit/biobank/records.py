"""Manifest rows from the LIMS and tube reads from the rack scanner."""

from __future__ import annotations

from dataclasses import dataclass

ROWS = "ABCDEFGH"


@dataclass(frozen=True)
class Sample:
    """A stored aliquot as registered in the LIMS: where it should be."""

    barcode: str
    study: str
    box: str
    position: str  # "A1" .. "H12"


@dataclass(frozen=True)
class Scan:
    """One well of a rack scan: what the scanner read at a box position."""

    box: str
    position: str
    barcode: str


def positions() -> list[str]:
    """The 96 positions of a rack in scanning order: A1, A2, ..., H12."""
    return [f"{row}{column}" for row in ROWS for column in range(1, 13)]


def parse_rack_csv(box: str, text: str) -> list[Scan]:
    """The scans in the scanner's CSV export ("Position,Barcode" header, one well a line).

    Blank lines are skipped. Raises ValueError when the header is missing or a line does
    not have two fields.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or lines[0].replace(" ", "").lower() != "position,barcode":
        raise ValueError("not a rack scanner export")
    scans = []
    for line in lines[1:]:
        fields = line.split(",")
        if len(fields) != 2:
            raise ValueError(f"bad scanner line {line!r}")
        scans.append(Scan(box, fields[0].strip(), fields[1]))
    return scans
