"""The manufacturer's parts catalogue and labour-time guide, as delivered in monthly extracts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    """A catalogue part with its retail price; ``superseded_by`` names the part that replaces it
    (empty when the part is current)."""

    number: str
    description: str
    price_cents: int
    superseded_by: str = ""


@dataclass(frozen=True)
class LabourOperation:
    """A labour-guide operation and its standard time in hours."""

    code: str
    description: str
    hours: float


def parse_parts_extract(text: str) -> list[Part]:
    """Read the parts extract: "number|description|price|superseded by" per line, price in euros
    with a decimal point. Raises ``ValueError`` for a line without four fields or a bad price."""
    parts = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        fields = raw.split("|")
        if len(fields) != 4:
            raise ValueError(f"line {number}: expected 4 fields")
        euros, _, cents = fields[2].strip().partition(".")
        if not euros.isdigit() or not (cents + "00")[:2].isdigit() or len(cents) > 2:
            raise ValueError(f"line {number}: bad price {fields[2]!r}")
        parts.append(Part(fields[0].strip(), fields[1].strip(), int(euros) * 100 + int((cents + "00")[:2]),
                          fields[3].strip()))
    return parts


def parse_labour_guide(text: str) -> list[LabourOperation]:
    """Read the labour guide: "code|description|hours" per line. Raises ``ValueError`` for a line
    without three fields or with negative or non-numeric hours."""
    operations = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        fields = [field.strip() for field in raw.split("|")]
        if len(fields) != 3:
            raise ValueError(f"line {number}: expected 3 fields")
        try:
            hours = float(fields[2])
        except ValueError:
            raise ValueError(f"line {number}: bad hours {fields[2]!r}") from None
        if hours < 0:
            raise ValueError(f"line {number}: negative hours")
        operations.append(LabourOperation(fields[0], fields[1], hours))
    return operations
