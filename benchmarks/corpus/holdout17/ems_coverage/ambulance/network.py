"""The road network as a graph of junctions with drive times in seconds."""

from __future__ import annotations

from typing import Any, Hashable, Iterable, Sequence

Graph = dict[Hashable, list[tuple[Hashable, float]]]


def build_graph(roads: Iterable[Sequence[Any]]) -> Graph:
    """Adjacency lists from ``(from, to, seconds)`` or ``(from, to, seconds, one_way)`` rows."""
    graph: Graph = {}
    for road in roads:
        start, end, seconds = road[0], road[1], road[2]
        one_way = len(road) > 3 and bool(road[3])
        if seconds < 0:
            raise ValueError(f"negative drive time on {start!r} -> {end!r}")
        graph.setdefault(start, []).append((end, seconds))
        graph.setdefault(end, [])
        if not one_way:
            graph[end].append((start, seconds))
    return graph


def drive_times(graph: Graph, origin: Hashable) -> dict[Hashable, float]:
    """Shortest drive time from ``origin`` to every junction it can reach (Dijkstra)."""
    times = {origin: 0}
    frontier = [origin]
    while frontier:
        node = min(frontier, key=lambda candidate: times[candidate])
        frontier.remove(node)
        for neighbour, seconds in graph.get(node, ()):
            arrival = times[node] + seconds
            if neighbour not in times or arrival < times[neighbour]:
                times[neighbour] = arrival
                if neighbour not in frontier:
                    frontier.append(neighbour)
    return times
