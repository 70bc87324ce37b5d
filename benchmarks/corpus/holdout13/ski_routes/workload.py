"""Resort app build step: route counts per lift top for every skill level shown in the app."""

import random

from pistemap.routes import GRADES, Piste, route_summary

LEVELS = 16


def build_resort(rng: random.Random) -> list[Piste]:
    levels = [["Summit", "Glacier Top"]] + [[] for _ in range(LEVELS)] + [["Village"]]
    names = iter(f"{area} {kind}" for area in ("Alp", "Col", "Grat", "Wald", "Boden", "Egg", "Rinne", "Stock", "Horn")
                 for kind in ("Top", "Junction", "Hut", "Saddle", "Lift", "Meadow", "Chair", "Gully"))
    for level in range(1, LEVELS + 1):
        levels[level] = [next(names) for _ in range(rng.randint(3, 4))]
    pistes = []
    number = 1
    for level, points in enumerate(levels[:-1]):
        for point in points:
            below = levels[level + 1] + (levels[level + 2] if level + 2 < len(levels) else [])
            for end in rng.sample(below, min(len(below), rng.randint(2, 3))):
                for _ in range(rng.choice([1, 1, 2])):
                    grade = rng.choices(GRADES, [2, 4, 3, 1])[0]
                    pistes.append(Piste(f"{number}", point, end, rng.randint(4, 30) * 50, grade))
                    number += 1
    rng.shuffle(pistes)
    return pistes


def main() -> None:
    rng = random.Random(1924)
    pistes = build_resort(rng)
    for grade in GRADES:
        summary = route_summary(pistes, "Village", grade)
        top = max(summary.items(), key=lambda item: item[1]["routes"])
        print(f"{grade:>5}: {len(summary)} points; most routes from {top[0]}: {top[1]}")
    print(len(pistes), "pistes")


if __name__ == "__main__":
    main()
