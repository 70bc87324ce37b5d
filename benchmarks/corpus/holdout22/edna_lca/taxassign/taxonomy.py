"""The reference taxonomy (an NCBI-style nodes table: taxid|parent|rank|name)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

MAX_DEPTH = 64


@dataclass(frozen=True)
class Taxon:
    parent: int  # the root is its own parent
    rank: str
    name: str


def load_nodes(lines: Iterable[str]) -> dict[int, Taxon]:
    nodes = {}
    for line in lines:
        if not line.strip():
            continue
        taxid, parent, rank, name = (field.strip() for field in line.split("|"))
        nodes[int(taxid)] = Taxon(int(parent), rank, name)
    return nodes


def lineage(taxid: int, nodes: dict[int, Taxon]) -> list[int]:
    """Taxids from the root down to ``taxid``. KeyError for an unknown taxid; ValueError
    when the parents run in a loop."""
    path = [taxid]
    while True:
        parent = nodes[taxid].parent
        if parent == taxid:
            return path
        path = [parent] + path
        taxid = parent
        if len(path) > MAX_DEPTH:
            raise ValueError(f"taxonomy loop above {path[-1]}")
