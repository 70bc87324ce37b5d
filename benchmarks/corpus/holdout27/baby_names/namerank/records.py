"""Birth registrations as exported from the registry system, and the ranked names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Birth:
    """One registered birth: the year of registration, the recorded sex and the first name as typed."""

    year: int
    sex: str
    first_name: str
    district: str = ""


@dataclass(frozen=True)
class RankedName:
    """A name's place in one year's list: competition rank (1, 2, 2, 4), births and share in percent."""

    rank: int
    name: str
    births: int
    share: float


def normalise(name: str) -> str:
    """The name as it is published: inner whitespace collapsed and each word title-cased."""
    return " ".join(name.split()).title()
