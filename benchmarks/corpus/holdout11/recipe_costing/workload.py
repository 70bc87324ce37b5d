"""Monthly cost review: plate costs for every menu of the restaurant group."""

import random

from menucost.costing import cost_menu


def main() -> None:
    rng = random.Random(86)
    prices = {f"raw-{n}": round(rng.uniform(0.2, 9.0), 2) for n in range(400)}
    recipes = {}
    levels = [list(prices)]
    for level, kind in enumerate(["stock", "sauce", "dough", "filling", "garnish", "component"], start=1):
        names = [f"{kind}-{n}" for n in range(40)]
        for name in names:
            parts = []
            for _ in range(rng.randint(3, 6)):
                pool = levels[rng.randrange(len(levels))] if rng.random() < 0.35 else levels[-1]
                parts.append((rng.choice(pool), round(rng.uniform(0.05, 1.2), 3)))
            recipes[name] = {"yield": rng.choice([1, 2, 4, 10, 12]), "ingredients": parts}
        levels.append(names)
    menu = []
    for n in range(1300):
        dish = f"dish-{n}"
        parts = [(rng.choice(rng.choice(levels[-3:])), round(rng.uniform(0.05, 0.6), 3)) for _ in range(rng.randint(3, 6))]
        parts += [(rng.choice(levels[0]), round(rng.uniform(0.01, 0.3), 3)) for _ in range(2)]
        recipes[dish] = {"yield": 1, "ingredients": parts}
        menu.append((dish, rng.choice([9.5, 12.0, 14.5, 18.0, 24.0, 32.0])))
    rows = cost_menu(menu, recipes, prices)
    over = [row for row in rows if row[2] > 35.0]
    print(len(rows), len(over), round(sum(row[1] for row in rows), 2), max(rows, key=lambda row: row[2])[0])


if __name__ == "__main__":
    main()
