"""Resolve the destinations typed into the search box over an afternoon."""

import random
import string

from travel.airports import codes_for


def main() -> None:
    rng = random.Random(83)
    directory = {}
    while len(directory) < 6000:
        code = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        directory.setdefault(code, f"City {rng.randrange(5400):04d}")
    names = sorted(set(directory.values()))
    typed = []
    for _ in range(7000):
        name = rng.choice(names) if rng.random() < 0.9 else f"Nowhere {rng.randrange(100)}"
        typed.append(rng.choice([name, name.lower(), name.upper(), f" {name} "]))
    codes = codes_for(typed, directory, missing="")
    print(len(codes), sum(1 for c in codes if not c), codes[:5])


if __name__ == "__main__":
    main()
