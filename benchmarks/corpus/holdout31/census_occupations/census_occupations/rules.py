"""The research group's keyword rules for HISCO occupation coding."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One HISCO code and the keyword phrases that identify it, in the rules file's order."""

    code: str
    label: str
    keywords: tuple[str, ...]


def parse_rules(text: str) -> list[Rule]:
    """Parse the rules file: "CODE | label | keyword; keyword; ..." per line.

    Blank lines and ``#`` comments are skipped; keywords are stripped and lower-cased, empty
    ones dropped. Raises ``ValueError`` for a line without three fields or without keywords.
    """
    rules = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 3:
            raise ValueError(f"line {number}: expected CODE | label | keywords")
        keywords = tuple(keyword.strip().lower() for keyword in fields[2].split(";") if keyword.strip())
        if not keywords:
            raise ValueError(f"line {number}: no keywords")
        rules.append(Rule(fields[0], fields[1], keywords))
    return rules
