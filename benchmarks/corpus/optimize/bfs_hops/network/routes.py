"""Hop counts in the service-dependency network."""


def hops_from(graph: dict[str, list[str]], start: str) -> dict[str, int]:
    """Fewest hops from `start` to every node it reaches (breadth-first search).

    `graph` maps a node to the nodes it calls; a node missing from it calls nothing.
    """
    distances = {start: 0}
    queue = [start]
    visited = [start]
    while queue:
        node = queue.pop(0)
        for neighbour in graph.get(node, []):
            if neighbour not in visited:
                visited.append(neighbour)
                distances[neighbour] = distances[node] + 1
                queue.append(neighbour)
    return distances


def blast_radius(graph: dict[str, list[str]], start: str, max_hops: int) -> list[str]:
    """Services within `max_hops` calls of `start`, nearest first."""
    return [node for node, hops in hops_from(graph, start).items() if 0 < hops <= max_hops]
