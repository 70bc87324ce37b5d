"""Screen cargo descriptions for dangerous goods."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from hazmat_manifest.dglist import DangerousGood
from hazmat_manifest.manifest import ManifestLine

UN_REFERENCE = re.compile(r"\bUN\s?(\d{4})\b", re.IGNORECASE)


def flag_dangerous_goods(descriptions: Iterable[str], entries: Sequence[DangerousGood]) -> list[list[DangerousGood | str]]:
    """The dangerous goods each cargo description mentions.

    A proper shipping name counts when it appears as whole words, in any letter case; where
    names overlap the longest one wins, and where several entries share a name the first listed
    is used. Explicit references such as "UN 1263" or "un1263" are reported as the string
    "UN1263" unless that entry was already found by name. Each result lists its finds in order
    of appearance, without repeats (names first, then the explicit references).
    """
    flags: list[list[DangerousGood | str]] = []
    for description in descriptions:
        names = sorted({entry.name for entry in entries}, key=lambda name: (-len(name), name))
        by_name: dict[str, DangerousGood] = {}
        for entry in entries:
            by_name.setdefault(entry.name.lower(), entry)
        found: list[DangerousGood | str] = []
        if names:
            pattern = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE)
            for match in pattern.finditer(description):
                entry = by_name[match.group(0).lower()]
                if entry not in found:
                    found.append(entry)
        numbers = [item.un_number for item in found if isinstance(item, DangerousGood)]
        for match in UN_REFERENCE.finditer(description):
            reference = "UN" + match.group(1)
            if reference not in numbers and reference not in found:
                found.append(reference)
        flags.append(found)
    return flags


@dataclass(frozen=True)
class Hold:
    """A booking line held for a dangerous-goods declaration."""

    booking: str
    line: int
    un_numbers: tuple[str, ...]
    classes: tuple[str, ...]


def screen_manifest(lines: Sequence[ManifestLine], entries: Sequence[DangerousGood]) -> list[Hold]:
    """The manifest lines that need a dangerous-goods declaration before the booking is sent,
    with the UN numbers and hazard classes found ("?" for a class only referenced by number)."""
    holds = []
    for line, found in zip(lines, flag_dangerous_goods([line.description for line in lines], entries)):
        if not found:
            continue
        numbers = tuple(item.un_number if isinstance(item, DangerousGood) else item for item in found)
        classes = tuple(item.hazard_class if isinstance(item, DangerousGood) else "?" for item in found)
        holds.append(Hold(line.booking, line.line, numbers, classes))
    return holds
