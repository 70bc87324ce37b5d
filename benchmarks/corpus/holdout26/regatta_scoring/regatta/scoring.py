"""Race points under the low-point system, with Portsmouth Yardstick handicaps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from regatta.entries import NON_FINISH, Entry


def corrected_time(entry: Entry, yardsticks: Mapping[str, int]) -> int:
    """Elapsed time × 1000 / Portsmouth number, rounded to the nearest second (halves to even).

    Raises ValueError for a class that has no Portsmouth number.
    """
    try:
        number = yardsticks[entry.boat_class]
    except KeyError:
        raise ValueError(f"no Portsmouth number for class {entry.boat_class!r}") from None
    return round(entry.elapsed * 1000 / number)


def race_points(entries: Sequence[Entry], yardsticks: Mapping[str, int]) -> dict[str, float]:
    """Low-point race points per sail number, in entry order.

    Finishers are placed by corrected time; boats tied on corrected time share the mean of
    the places they would have taken (two boats tied for 2nd both score 2.5). Boats with
    a status in ``NON_FINISH`` score one more than the number of entries. Raises ValueError
    for a sail number entered twice, an unknown status, or a class without a yardstick.
    """
    points: dict[str, float] = {}
    finishers = [entry for entry in entries if entry.status == "FIN"]
    for entry in entries:
        if entry.sail in points:
            raise ValueError(f"sail number {entry.sail!r} entered twice")
        if entry.status in NON_FINISH:
            points[entry.sail] = float(len(entries) + 1)
            continue
        if entry.status != "FIN":
            raise ValueError(f"unknown status {entry.status!r} for {entry.sail!r}")
        ranked = sorted(corrected_time(other, yardsticks) for other in finishers)
        mine = corrected_time(entry, yardsticks)
        first = ranked.index(mine)
        last = len(ranked) - 1 - ranked[::-1].index(mine)
        points[entry.sail] = (first + last + 2) / 2
    return points
