"""Failover drill: hop counts of a campus backbone (core, distribution, access layers,
every switch dual-homed) while each core uplink is taken down in turn."""

import random

from netmap.hops import adjacency, hop_counts


def main() -> None:
    rng = random.Random(11)
    switches = [f"sw-{i:06d}" for i in range(75000)]
    links = []
    for i in range(1, len(switches)):
        parent = (i - 1) // 4
        links.append((switches[i], switches[parent]))
        links.append((switches[i], switches[min(parent + 1, i - 1)]))
    links += [(rng.choice(switches), rng.choice(switches)) for _ in range(2000)]
    graph = adjacency(links)
    uplinks = switches[:4]
    for down in range(len(uplinks)):
        alive = uplinks[:down] + uplinks[down + 1:]
        hops = hop_counts(graph, alive)
        print(down, len(hops), max(hops.values()))


if __name__ == "__main__":
    main()
