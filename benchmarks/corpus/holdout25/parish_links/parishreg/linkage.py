"""Candidate baptisms for every burial."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from parishreg.names import normalise_forename, normalise_surname
from parishreg.records import Baptism, Burial


def link_burials(
    baptisms: Sequence[Baptism], burials: Iterable[Burial], tolerance: int = 2
) -> list[tuple[str, list[str]]]:
    """The baptisms each burial may belong to, as ``(burial id, [baptism ids])`` in burial order.

    A baptism is a candidate when its standard forename and surname equal the burial's and
    it is not later than the burial. When the burial gives an age, the implied birth year
    (burial year minus age) must be within ``tolerance`` years of the baptism year; the
    candidates are then ordered by that gap, closest first, keeping register order on ties.
    Without an age every earlier baptism of the name is a candidate, in register order.
    """
    links: list[tuple[str, list[str]]] = []
    for burial in burials:
        forename = normalise_forename(burial.forename)
        surname = normalise_surname(burial.surname)
        scored: list[tuple[int, str]] = []
        for baptism in baptisms:
            if normalise_surname(baptism.surname) != surname:
                continue
            if normalise_forename(baptism.forename) != forename:
                continue
            if baptism.year > burial.year:
                continue
            if burial.age is None:
                gap = 0
            else:
                gap = abs(burial.year - burial.age - baptism.year)
                if gap > tolerance:
                    continue
            scored.append((gap, baptism.entry_id))
        scored.sort(key=lambda item: item[0])
        links.append((burial.entry_id, [entry_id for _, entry_id in scored]))
    return links


def link_counts(links: Iterable[tuple[str, list[str]]]) -> dict[str, int]:
    """How many burials have exactly one candidate ("linked"), several ("ambiguous") or none ("unlinked")."""
    counts = {"linked": 0, "ambiguous": 0, "unlinked": 0}
    for _, candidates in links:
        if len(candidates) == 1:
            counts["linked"] += 1
        elif candidates:
            counts["ambiguous"] += 1
        else:
            counts["unlinked"] += 1
    return counts
