"""Merge busy periods from several calendars."""

from __future__ import annotations


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def merge_busy(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping or touching (start, end) periods; the result is sorted by start."""
    merged = list(intervals)
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                if _overlaps(merged[i], merged[j]):
                    a, b = merged[i], merged[j]
                    merged[i] = (min(a[0], b[0]), max(a[1], b[1]))
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(merged)


def free_slots(intervals: list[tuple[int, int]], day_start: int, day_end: int) -> list[tuple[int, int]]:
    """The gaps between busy periods within the day."""
    free, cursor = [], day_start
    for start, end in merge_busy(intervals):
        if start > cursor:
            free.append((cursor, min(start, day_end)))
        cursor = max(cursor, end)
    if cursor < day_end:
        free.append((cursor, day_end))
    return free
