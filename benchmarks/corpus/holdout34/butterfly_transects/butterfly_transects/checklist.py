"""The county species checklist, with the names volunteers actually write."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Species:
    scientific: str
    vernacular: str
    aliases: tuple[str, ...] = ()


def read_checklist(text: str) -> list[Species]:
    """Parse "Scientific name | Vernacular name | alias; alias" lines (aliases optional).

    Blank lines and ``#`` comments are ignored; checklist order is kept (it is taxonomic).
    """
    species = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
            raise ValueError(f"line {number}: expected 'scientific | vernacular | aliases'")
        aliases = tuple(alias.strip() for alias in parts[2].split(";") if alias.strip()) if len(parts) == 3 else ()
        species.append(Species(parts[0], parts[1], aliases))
    return species
