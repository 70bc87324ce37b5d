"""Object records from the collections management system, and the terms they are browsed by."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

YEAR = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
CENTURY = re.compile(r"(\d{1,2})(?:st|nd|rd|th) century", re.IGNORECASE)


@dataclass
class ObjectRecord:
    object_number: str  # accession number, e.g. "1987.114.3"
    title: str
    department: str
    makers: list[str] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)
    date_made: str = ""  # free text: "c. 1850", "1850-1870", "late 18th century", "undated"


def ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def century_label(date_made: str) -> str | None:
    """'c. 1850' -> '19th century'; None when the date gives no year or century."""
    match = CENTURY.search(date_made)
    if match:
        return f"{ordinal(int(match.group(1)))} century"
    match = YEAR.search(date_made)
    if match:
        return f"{ordinal((int(match.group(1)) - 1) // 100 + 1)} century"
    return None


def clean_term(term: str) -> str:
    """Collapse runs of whitespace; cataloguers are not consistent about spacing."""
    return " ".join(term.split())


def record_terms(record: ObjectRecord, facet: str) -> list[str]:
    if facet == "maker":
        return [clean_term(maker) for maker in record.makers]
    if facet == "material":
        return [clean_term(material) for material in record.materials]
    if facet == "department":
        return [clean_term(record.department)]
    if facet == "century":
        label = century_label(record.date_made)
        return [label] if label else []
    raise ValueError(f"unknown facet {facet!r}")
