"""Figures for the press release: the top names and the names new to the top 100."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from namerank.records import RankedName


def top(ranking: Sequence[RankedName], places: int = 10) -> list[RankedName]:
    """Names ranked within the first ``places`` places (ties at the boundary are all kept)."""
    return [entry for entry in ranking if entry.rank <= places]


def new_entries(rankings: Mapping[tuple[int, str], Sequence[RankedName]], year: int, sex: str,
                places: int = 100) -> list[str]:
    """Names in the year's top ``places`` that were not in the previous year's, in rank order."""
    previous = {entry.name for entry in top(rankings.get((year - 1, sex), []), places)}
    return [entry.name for entry in top(rankings.get((year, sex), []), places) if entry.name not in previous]
