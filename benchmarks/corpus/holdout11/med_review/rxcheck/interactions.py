"""Check residents' medication lists against a drug-interaction table."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

SEVERITY_RANK = {"contraindicated": 0, "major": 1, "moderate": 2, "minor": 3}
_DOSE = re.compile(r"\s+\d.*$")


def normalise_drug(name: str) -> str:
    """Lower-case generic name without the dose: 'Warfarin 5 mg' -> 'warfarin'."""
    return _DOSE.sub("", name.strip()).lower()


def load_interactions(text: str) -> list[tuple[str, str, str]]:
    """Rows of 'drug a;drug b;severity' (header line first)."""
    rows = []
    for line in text.splitlines()[1:]:
        if line.strip():
            a, b, severity = (field.strip() for field in line.split(";"))
            rows.append((a, b, severity))
    return rows


def interaction_report(
    residents: Mapping[str, Sequence[str]], interactions: Sequence[tuple[str, str, str]]
) -> dict[str, list[tuple[str, str, str]]]:
    """Interacting pairs of medicines for every resident who has any.

    Each pair is reported once as (medicine, later medicine, severity) using the names as
    written on the chart; drug names match regardless of case and dose, in either order,
    and the first matching row of the table decides the severity. Pairs are listed most
    severe first, otherwise in chart order. Raises KeyError for an unknown severity.
    """
    report: dict[str, list[tuple[str, str, str]]] = {}
    for resident, medicines in residents.items():
        names = [normalise_drug(medicine) for medicine in medicines]
        found = []
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                for a, b, severity in interactions:
                    if (names[i] == a.lower() and names[j] == b.lower()) or (names[i] == b.lower() and names[j] == a.lower()):
                        found.append((medicines[i], medicines[j], severity))
                        break
        if found:
            found.sort(key=lambda pair: SEVERITY_RANK[pair[2]])
            report[resident] = found
    return report
