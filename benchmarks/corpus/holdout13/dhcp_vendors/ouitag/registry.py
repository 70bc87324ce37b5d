"""The IEEE MAC address block registry (MA-L, MA-M and MA-S assignments)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Assignment:
    """One registered block: the hex-digit prefix it covers and the organization that holds it."""

    registry: str
    prefix: str
    organization: str


class OuiRegistry:
    """All registered blocks, in the order they were loaded."""

    def __init__(self, assignments: Iterable[Assignment] = ()) -> None:
        self.assignments = list(assignments)

    @classmethod
    def from_csv(cls, text: str) -> OuiRegistry:
        """Load the registry from the IEEE's CSV export (``Registry,Assignment,Organization Name,...``)."""
        rows = csv.reader(io.StringIO(text))
        next(rows, None)
        assignments = []
        for row in rows:
            if len(row) < 3:
                continue
            registry, prefix, organization = (cell.strip() for cell in row[:3])
            assignments.append(Assignment(registry, prefix.upper(), organization))
        return cls(assignments)

    def lookup(self, digits: str) -> Assignment | None:
        """The most specific block whose prefix starts `digits` (12 upper-case hex digits), if any."""
        best = None
        for assignment in self.assignments:
            if digits.startswith(assignment.prefix):
                if best is None or len(assignment.prefix) > len(best.prefix):
                    best = assignment
        return best
