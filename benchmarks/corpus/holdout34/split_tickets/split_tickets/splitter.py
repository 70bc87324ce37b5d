"""Finding the cheapest combination of tickets that covers a journey."""

from __future__ import annotations

from typing import Mapping, Sequence

Leg = tuple[str, str, int]


def cheapest_split(calling_points: Sequence[str],
                   fares: Mapping[tuple[str, str], int]) -> tuple[int, list[Leg]] | None:
    """The cheapest set of tickets covering the train's calling points from first to last.

    Tickets may only start and end at stations where the train calls. Returns (total pence,
    legs) where each leg is (from, to, pence), or None when no combination of published fares
    covers the journey. Of equally cheap combinations, the one whose first ticket ends
    earliest (then second, ...) is chosen.
    """
    if len(calling_points) < 2:
        raise ValueError("a journey needs an origin and a destination")

    def best_from(index: int) -> tuple[int, list[Leg]] | None:
        if index == len(calling_points) - 1:
            return 0, []
        best = None
        for stop in range(index + 1, len(calling_points)):
            price = fares.get((calling_points[index], calling_points[stop]))
            if price is None:
                continue
            rest = best_from(stop)
            if rest is None:
                continue
            total = price + rest[0]
            if best is None or total < best[0]:
                best = (total, [(calling_points[index], calling_points[stop], price)] + rest[1])
        return best

    return best_from(0)


def quote(route: Sequence[str], origin: str, destination: str,
          fares: Mapping[tuple[str, str], int]) -> dict:
    """Quote a journey between two stations of a train's route: the through fare, the best
    split and the saving."""
    stops = list(route)
    start, end = stops.index(origin), stops.index(destination)
    if end <= start:
        raise ValueError(f"{destination} is not after {origin} on this route")
    calling_points = stops[start:end + 1]
    split = cheapest_split(calling_points, fares)
    through = fares.get((origin, destination))
    result = {"origin": origin, "destination": destination, "through_pence": through,
              "split_pence": None, "legs": [], "saving_pence": 0}
    if split is not None:
        result["split_pence"], result["legs"] = split
        if through is not None:
            result["saving_pence"] = max(through - split[0], 0)
    return result
