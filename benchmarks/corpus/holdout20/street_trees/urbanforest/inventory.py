"""Tree records from the inventory survey."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Tree:
    tree_id: int
    ward: str
    species: str  # botanical name, e.g. "Platanus x acerifolia"
    dbh_cm: float  # trunk diameter at breast height
    condition: str  # "good", "fair", "poor" or "dead"


def read_inventory(lines: Iterable[str]) -> list[Tree]:
    """Parse the survey export (CSV with a header row)."""
    trees = []
    for row in csv.DictReader(lines):
        trees.append(Tree(int(row["tree_id"]), row["ward"].strip(), row["species"].strip(),
                          float(row["dbh_cm"]), row["condition"].strip().lower()))
    return trees
