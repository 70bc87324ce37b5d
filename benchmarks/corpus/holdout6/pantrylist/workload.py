"""Weekly batch: the shopping list for a canteen's planned menu."""

import random

from pantry.shopping import build_shopping_list


def main() -> None:
    rng = random.Random(2024)
    produce = ["tomato", "onion", "pepper", "carrot", "bean", "lentil", "rice", "flour", "cheese", "basil", "chili", "garlic"]
    styles = ["red", "green", "dried", "fresh", "smoked", "organic", "tinned", "ground", "whole", "sliced"]
    pantry = [f"{style} {item} {n}" for n, (style, item) in enumerate((rng.choice(styles), rng.choice(produce)) for _ in range(2000))]
    units = ["g", "kg", "ml", "tbsp", "tsp", "cup", "", "", "cloves"]
    recipes = []
    for number in range(1800):
        lines = []
        for _ in range(rng.randint(6, 16)):
            quantity = rng.choice(["1", "2", "3", "0.5", "1/2", "1/3", "1-1/2", "250", "400"])
            unit = rng.choice(units)
            lines.append(f"{quantity} {unit} {rng.choice(pantry).title()}" if unit else f"{quantity} {rng.choice(pantry)}")
        recipes.append({"name": f"dish {number}", "serves": rng.randint(1, 8), "ingredients": lines})
    servings = {recipe["name"]: rng.choice([0, 10, 25, 40, 60]) for recipe in recipes}
    shopping = build_shopping_list(recipes, servings)
    print(len(shopping), shopping[0], shopping[-1])


if __name__ == "__main__":
    main()
