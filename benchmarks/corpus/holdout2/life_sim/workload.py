"""Grow cave maps for the puzzle game: random soups settled by a few generations of Life."""

import random

from cellular.life import evolve


def soup(rng: random.Random, size: int, density: float) -> list[tuple[int, int]]:
    return [(x, y) for x in range(size) for y in range(size) if rng.random() < density]


def main() -> None:
    rng = random.Random(4242)
    sizes = []
    for level in range(5):
        start = soup(rng, 24, 0.35)
        cave = evolve(start, 10 + level, birth=(3,), survive=(2, 3))
        sizes.append(len(cave))
    walls = evolve(soup(rng, 20, 0.45), 8, birth=(3, 6), survive=(2, 3))
    print(sizes, len(walls))


if __name__ == "__main__":
    main()
