"""Nightly firewall build: collapse the allow-lists of all tenants into one rule set."""

import random

from ipblocks.aggregate import aggregate, format_cidr


def main() -> None:
    rng = random.Random(1918)
    entries = []
    for _tenant in range(60):
        base = rng.randrange(1, 223) << 24 | rng.randrange(0, 256) << 16
        for _ in range(rng.randint(10, 40)):
            prefix = rng.choice([24, 25, 26, 27, 28, 29, 30, 32, 32, 32])
            size = 1 << (32 - prefix)
            network = (base + rng.randrange(0, 1 << 14)) // size * size
            entries.append(format_cidr(network, prefix))
            if rng.random() < 0.7:
                sibling = network ^ size
                entries.append(format_cidr(sibling, prefix))
            if rng.random() < 0.3:
                entries.append(format_cidr(network // (size * 4) * (size * 4), max(0, prefix - 2)))
        if rng.random() < 0.2:
            for host in range(256):
                entries.append(format_cidr(base + (3 << 8) + host, 32))
    rng.shuffle(entries)
    rules = aggregate(entries)
    print(f"{len(entries)} allow-list entries -> {len(rules)} rules; first {rules[0]}, last {rules[-1]}")


if __name__ == "__main__":
    main()
