"""Shareholding records from the corporate registry extract."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Holding:
    owner: str  # a person id ("P...") or a company registration number
    company: str  # the company whose shares are held
    percent: float  # share of the company held, 0 < percent <= 100


def read_holdings(lines: Iterable[str]) -> list[Holding]:
    """Parse the registry extract (CSV with header owner,company,percent)."""
    return [Holding(row["owner"].strip(), row["company"].strip(), float(row["percent"])) for row in csv.DictReader(lines)]
