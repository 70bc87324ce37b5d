"""Catching double-submitted and overlapping shift logs."""

from __future__ import annotations

from typing import Mapping, Sequence


def flag_conflicts(entries: Sequence[Mapping]) -> list[tuple[int, str, int | None]]:
    """Classify each entry, in submission order, against the entries accepted before it.

    An entry is a "duplicate" when an earlier accepted entry has the same volunteer, date,
    start and end; an "overlap" when an earlier accepted entry of the same volunteer and date
    overlaps its time range; otherwise it is "ok" (accepted). The earliest such entry is
    reported. Returns (index, status, index of the conflicting entry or None) per entry.
    """
    results = []
    for index, entry in enumerate(entries):
        status, clash = "ok", None
        for earlier in range(index):
            if results[earlier][1] != "ok":
                continue
            other = entries[earlier]
            if other["volunteer"] != entry["volunteer"] or other["date"] != entry["date"]:
                continue
            if other["start"] == entry["start"] and other["end"] == entry["end"]:
                status, clash = "duplicate", earlier
                break
            if other["start"] < entry["end"] and entry["start"] < other["end"]:
                status, clash = "overlap", earlier
                break
        results.append((index, status, clash))
    return results
