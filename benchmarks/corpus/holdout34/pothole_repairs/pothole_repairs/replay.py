"""Replaying the defects through each depot's repair gangs in risk order."""

from __future__ import annotations

from typing import Mapping, Sequence

from .defects import ROAD_HIERARCHY


def _priority(defect: Mapping) -> tuple:
    # Highest risk first; within a category, the busier road, then the older report.
    return (defect["category"], ROAD_HIERARCHY[defect["road"]], defect["reported"], defect["ref"])


def replay_repairs(defects: Sequence[Mapping], gangs: Mapping[str, int]) -> list[dict]:
    """When each defect is repaired, depot by depot.

    Each depot (in ``gangs`` order) has the given number of gangs. Whenever a gang is free
    (the lowest-numbered one first) it takes the waiting defect with the highest priority:
    lowest risk category, then the road highest in the hierarchy (A, B, C, unclassified),
    then the earliest reported. A defect for a depot with no entry in ``gangs`` raises
    ``ValueError``. Returns one dict per defect, {"ref", "depot", "gang", "start", "done",
    "wait"} (working minutes), in the order the repairs were started at each depot.
    """
    for defect in defects:
        if defect["depot"] not in gangs:
            raise ValueError(f"defect {defect['ref']}: unknown depot {defect['depot']!r}")
    arrivals = sorted(defects, key=lambda defect: defect["reported"])
    results = []
    for depot, count in gangs.items():
        queue = [defect for defect in arrivals if defect["depot"] == depot]
        free = [0] * count
        waiting: list[Mapping] = []
        index = 0
        while index < len(queue) or waiting:
            gang = min(range(count), key=free.__getitem__)
            now = free[gang]
            if not waiting:
                now = max(now, queue[index]["reported"])
            while index < len(queue) and queue[index]["reported"] <= now:
                waiting.append(queue[index])
                index += 1
            waiting.sort(key=_priority)
            defect = waiting.pop(0)
            done = now + defect["repair_minutes"]
            free[gang] = done
            results.append({"ref": defect["ref"], "depot": depot, "gang": gang, "start": now,
                            "done": done, "wait": now - defect["reported"]})
    return results
