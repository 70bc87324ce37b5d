"""Blast radius of a few core services in a generated service mesh."""

import random

from network.routes import blast_radius, hops_from


def main() -> None:
    rng = random.Random(23)
    names = [f"svc-{i:04d}" for i in range(5000)]
    graph = {name: rng.sample(names, rng.randint(1, 4)) for name in names}
    print(len(hops_from(graph, names[0])), len(blast_radius(graph, names[1], 6)))


if __name__ == "__main__":
    main()
