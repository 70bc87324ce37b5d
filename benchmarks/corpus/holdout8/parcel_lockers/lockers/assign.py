"""Parcel locker bank: replay drop-offs and pick-ups, choosing a locker for every parcel."""

from __future__ import annotations

from typing import Iterable, Sequence

SIZES = {"S": 1, "M": 2, "L": 3, "XL": 4}


def assign_parcels(lockers: Sequence[tuple[str, str]], events: Iterable[tuple]) -> dict[str, str | None]:
    """Replay ``("drop", parcel, size)`` and ``("pickup", parcel)`` events.

    A dropped parcel goes into the free locker of the smallest sufficient size (ties: the
    lowest locker id); if none is free it is turned away (mapped to None). A pickup frees
    the parcel's locker (picking up a parcel that was turned away does
    nothing). Returns parcel -> locker id, in drop order.

    Raises ValueError for a locker or parcel of unknown size, a parcel dropped twice or an
    unknown event, and KeyError for picking up a parcel that is not in a locker.
    """
    for locker_id, size in lockers:
        if size not in SIZES:
            raise ValueError(f"locker {locker_id} has unknown size {size!r}")
    free = list(lockers)
    where: dict[str, str | None] = {}
    occupied: dict[str, tuple[str, str]] = {}
    for event in events:
        kind = event[0]
        if kind == "drop":
            _, parcel, size = event
            if size not in SIZES:
                raise ValueError(f"parcel {parcel} has unknown size {size!r}")
            if parcel in where:
                raise ValueError(f"parcel {parcel} dropped twice")
            need = SIZES[size]
            candidates = sorted(
                (locker for locker in free if SIZES[locker[1]] >= need),
                key=lambda locker: (SIZES[locker[1]], locker[0]),
            )
            if candidates:
                chosen = candidates[0]
                free.remove(chosen)
                occupied[parcel] = chosen
                where[parcel] = chosen[0]
            else:
                where[parcel] = None
        elif kind == "pickup":
            _, parcel = event
            if parcel not in occupied:
                if parcel in where and where[parcel] is None:
                    continue  # it was turned away: nothing to free
                raise KeyError(f"parcel {parcel} is not in a locker")
            free.append(occupied.pop(parcel))
        else:
            raise ValueError(f"unknown event {kind!r}")
    return where


def occupancy(where: dict[str, str | None]) -> float:
    """Share of parcels that found a locker."""
    if not where:
        return 0.0
    return sum(1 for locker in where.values() if locker is not None) / len(where)
