"""Shortest hop counts in a random road graph, breadth first.

Hottest function: bfs (list.pop(0) on a long frontier).
"""

import random


def road_graph(n: int, degree: int, seed: int = 2) -> dict[int, list[int]]:
    rng = random.Random(seed)
    return {v: [rng.randrange(n) for _ in range(degree)] for v in range(n)}


def bfs(graph: dict[int, list[int]], start: int) -> dict[int, int]:
    hops = {start: 0}
    frontier = [start]
    while frontier:
        v = frontier.pop(0)  # HOT
        for w in graph[v]:
            if w not in hops:
                hops[w] = hops[v] + 1
                frontier.append(w)
    return hops


def histogram(hops: dict[int, int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for h in hops.values():
        out[h] = out.get(h, 0) + 1
    return out


if __name__ == "__main__":
    graph = road_graph(160000, 3)
    print(histogram(bfs(graph, 0)))
