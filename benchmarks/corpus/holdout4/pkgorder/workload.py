"""CI step: compute the install order of an internal monorepo's packages."""

import random

from depsolve.order import install_order, parse_requirements


def main() -> None:
    rng = random.Random(1701)
    names = [f"{rng.choice(['lib', 'svc', 'tool', 'core', 'ui'])}-{word}{n}" for n, word in enumerate(rng.choices(["auth", "log", "cache", "http", "db", "queue", "metrics", "config"], k=820))]
    lines = []
    for position, name in enumerate(names):
        earlier = names[:position]
        deps = rng.sample(earlier, min(len(earlier), rng.randint(0, 4)))
        lines.append(f"{name}: {', '.join(deps)}")
    rng.shuffle(lines)
    order = install_order(parse_requirements("\n".join(lines)))
    print(len(order), order[0], order[-1])


if __name__ == "__main__":
    main()
