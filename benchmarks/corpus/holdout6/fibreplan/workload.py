"""Plan the fibre backbone for a large campus from the surveyor's candidate runs."""

import random

from netplan.links import read_links
from netplan.spanning import plan_cabling


def main() -> None:
    rng = random.Random(515)
    sites = {f"B{n:04d}": (rng.uniform(0, 4000), rng.uniform(0, 300)) for n in range(1200)}
    names = sorted(sites, key=lambda name: sites[name][0])
    rows = ["from,to,cost"]
    for position, name in enumerate(names):
        x, y = sites[name]
        window = names[max(0, position - 12):position] + names[position + 1:position + 13]
        nearest = rng.sample(window, min(len(window), 7))
        if position:
            nearest.append(names[position - 1])
        for other in nearest:
            ox, oy = sites[other]
            metres = ((ox - x) ** 2 + (oy - y) ** 2) ** 0.5
            rows.append(f"{name},{other},{round(metres * rng.choice([1.0, 1.0, 1.4, 2.2]), 0)}")
    links = read_links("\n".join(rows))
    chosen, total = plan_cabling(links)
    print(len(chosen), round(total, 1), chosen[:2])


if __name__ == "__main__":
    main()
