"""Shipment manifests as exported from the forwarder's booking system."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ManifestLine:
    """One cargo line of a booking: the free-text goods description typed by the shipper."""

    booking: str
    line: int
    description: str
    gross_kg: float


def parse_manifest(text: str) -> list[ManifestLine]:
    """Parse a manifest export: "booking;line;description;gross kg" per row (the description may
    itself contain semicolons, so the first two and the last field are split off).

    Blank lines are skipped. Raises ``ValueError`` for a row with fewer than four fields or a
    non-numeric line number or weight.
    """
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        head = raw.split(";", 2)
        if len(head) != 3 or ";" not in head[2]:
            raise ValueError(f"row {number}: expected booking;line;description;gross kg")
        description, _, weight = head[2].rpartition(";")
        try:
            lines.append(ManifestLine(head[0].strip(), int(head[1]), description.strip(), float(weight)))
        except ValueError:
            raise ValueError(f"row {number}: bad line number or weight") from None
    return lines
