"""Hop counts across the backbone: how far each router is from the nearest uplink."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def adjacency(links: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Undirected neighbour lists, in the order the links are listed; self-links are ignored."""
    graph: dict[str, list[str]] = {}
    for a, b in links:
        graph.setdefault(a, [])
        graph.setdefault(b, [])
        if a == b:
            continue
        graph[a].append(b)
        graph[b].append(a)
    return graph


def hop_counts(graph: Mapping[str, Iterable[str]], uplinks: Iterable[str], *,
               max_hops: int | None = None) -> dict[str, int]:
    """Fewest hops from each reachable router to any uplink (uplinks themselves are 0).

    `graph` maps each router to its neighbours.  Routers further than `max_hops` away
    are left out.  An uplink missing from `graph` is still reported, at 0 hops.
    """
    hops: dict[str, int] = {}
    queue: list[str] = []
    for router in uplinks:
        if router not in hops:
            hops[router] = 0
            queue.append(router)
    while queue:
        router = queue.pop(0)
        if max_hops is not None and hops[router] >= max_hops:
            continue
        for neighbour in graph.get(router, ()):
            if neighbour not in hops:
                hops[neighbour] = hops[router] + 1
                queue.append(neighbour)
    return hops
