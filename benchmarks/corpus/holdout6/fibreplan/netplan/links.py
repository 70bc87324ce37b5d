"""Read candidate cable runs from a survey CSV."""

from __future__ import annotations

import csv
import io

Link = tuple[str, str, float]


def read_links(text: str) -> list[Link]:
    """Rows of `from,to,cost` (a header row and blank lines are skipped)."""
    links: list[Link] = []
    for row in csv.reader(io.StringIO(text)):
        if not row or row[0].strip().lower() == "from":
            continue
        if len(row) != 3:
            raise ValueError(f"expected from,to,cost but got {row!r}")
        links.append((row[0].strip(), row[1].strip(), float(row[2])))
    return links
