"""Standard seeding: the fastest swimmers swim in the last heat, in the centre lanes."""

from __future__ import annotations

from collections.abc import Sequence

from heatsheet.entries import COURSE_FACTORS, Entry

MIN_FIRST_HEAT = 3


def lane_order(lanes: int) -> list[int]:
    """Lanes from the centre outwards: the order in which a heat's swimmers, fastest first, get lanes.

    For an 8-lane pool this is 4, 5, 3, 6, 2, 7, 1, 8.
    """
    centre = (lanes + 1) // 2
    order = [centre]
    for offset in range(1, lanes):
        for lane in (centre + offset, centre - offset):
            if 1 <= lane <= lanes and len(order) < lanes:
                order.append(lane)
    return order


def heat_sizes(count: int, lanes: int) -> list[int]:
    """Swimmers per heat, first heat first: full heats, with the remainder in the first heat.

    When there is more than one heat the first heat gets at least MIN_FIRST_HEAT swimmers
    (taken from the second heat) if the pool has that many lanes.
    """
    if count <= 0:
        return []
    heats = -(-count // lanes)
    sizes = [lanes] * heats
    sizes[0] = count - lanes * (heats - 1)
    if heats > 1 and sizes[0] < MIN_FIRST_HEAT <= lanes:
        moved = MIN_FIRST_HEAT - sizes[0]
        sizes[0] += moved
        sizes[1] -= moved
    return sizes


def seed_key(entry: Entry) -> tuple[bool, float]:
    """Swimmers with a seed time before those without, fastest long-course equivalent first.

    Short-course times are converted with COURSE_FACTORS and rounded to the hundredth.
    """
    if entry.seed_time is None:
        return (True, 0.0)
    return (False, round(entry.seed_time * COURSE_FACTORS[entry.course], 2))


def seed_heats(entries: Sequence[Entry], lanes: int = 8) -> list[list[tuple[int, Entry]]]:
    """The event's heats, first heat first, each a list of (lane, entry) sorted by lane.

    Heats are filled from the last heat back: the fastest swimmers form the last heat, the
    next fastest the heat before it, and so on (sizes from heat_sizes). Within a heat the
    fastest swimmer gets the first lane of lane_order, the next fastest the second, etc.
    Swimmers are ranked by seed_key; those with equal keys, and those without a time, keep
    their entry order. Raises ValueError when ``lanes`` is below 1, a seed time is not a
    positive number or an entry's course is not in COURSE_FACTORS.
    """
    if lanes < 1:
        raise ValueError(f"a pool needs at least one lane, not {lanes}")
    for entry in entries:
        if entry.seed_time is not None and not entry.seed_time > 0:
            raise ValueError(f"bad seed time {entry.seed_time!r} for {entry.swimmer}")
        if entry.course not in COURSE_FACTORS:
            raise ValueError(f"unknown course {entry.course!r} for {entry.swimmer}")
    order = lane_order(lanes)
    remaining = list(entries)
    heats: list[list[tuple[int, Entry]]] = []
    for size in reversed(heat_sizes(len(remaining), lanes)):
        heat: list[tuple[int, Entry]] = []
        for lane in order[:size]:
            remaining.sort(key=seed_key)
            heat.append((lane, remaining.pop(0)))
        heat.sort(key=lambda pair: pair[0])
        heats.append(heat)
    heats.reverse()
    return heats
