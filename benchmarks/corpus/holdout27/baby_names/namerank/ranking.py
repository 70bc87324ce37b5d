"""Rank the first names registered in each year, for each sex."""

from __future__ import annotations

from collections.abc import Iterable

from namerank.records import Birth, RankedName, normalise


def yearly_rankings(births: Iterable[Birth]) -> dict[tuple[int, str], list[RankedName]]:
    """The ranked names of every (year, sex), keys in sorted order.

    Names are normalised before counting, so ``"mary  ann"`` and ``"Mary Ann"`` are one name;
    registrations whose normalised name is empty are left out. Within a list, names are ordered
    by births (most first) then alphabetically; equal counts share a rank and the next rank is
    skipped (competition ranking). Shares are percentages of that year's and sex's counted
    births, rounded to two decimals.
    """
    groups: dict[tuple[int, str], list[str]] = {}
    for birth in births:
        name = normalise(birth.first_name)
        if name:
            groups.setdefault((birth.year, birth.sex), []).append(name)

    rankings: dict[tuple[int, str], list[RankedName]] = {}
    for key in sorted(groups):
        names = groups[key]
        counted = [(name, names.count(name)) for name in dict.fromkeys(names)]
        counted.sort(key=lambda item: (-item[1], item[0]))
        ranked: list[RankedName] = []
        for position, (name, count) in enumerate(counted):
            rank = ranked[-1].rank if ranked and ranked[-1].births == count else position + 1
            ranked.append(RankedName(rank, name, count, round(100 * count / len(names), 2)))
        rankings[key] = ranked
    return rankings
