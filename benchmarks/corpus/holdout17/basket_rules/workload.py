"""Cross-merchandising review: pair rules from a week of one store's till baskets."""

import random

from basketmine.rules import pair_rules

AISLES = {
    "bakery": ["sourdough loaf", "white bloomer", "croissants x4", "bagels x5", "wholemeal rolls", "pitta bread"],
    "dairy": ["semi-skimmed milk 2l", "whole milk 1l", "oat drink", "greek yoghurt", "cheddar 400g", "butter 250g",
              "free-range eggs x6", "double cream", "mozzarella"],
    "produce": ["bananas", "apples gala", "avocados", "tomatoes vine", "cucumber", "lemons", "limes", "onions",
                "potatoes 2kg", "carrots", "broccoli", "spinach bag", "blueberries", "strawberries", "garlic",
                "mushrooms", "peppers mixed", "coriander", "basil"],
    "pantry": ["pasta fusilli", "spaghetti", "basmati rice", "chopped tomatoes", "passata", "olive oil", "baked beans",
               "tuna can", "coconut milk", "curry paste", "stock cubes", "oats", "cornflakes", "peanut butter",
               "strawberry jam", "honey", "tortilla wraps", "salsa jar", "tortilla chips", "crackers"],
    "drinks": ["orange juice", "cola 2l", "sparkling water", "lager 4pk", "red wine", "white wine", "coffee beans",
               "tea bags", "energy drink"],
    "household": ["washing-up liquid", "kitchen roll", "toilet roll 9pk", "bin bags", "laundry pods", "sponges"],
    "frozen": ["frozen peas", "ice cream", "fish fingers", "frozen pizza", "oven chips"],
    "meat": ["chicken breast", "beef mince", "bacon", "sausages", "salmon fillets", "ham slices"],
}
RECIPES = [
    ["spaghetti", "beef mince", "passata", "onions", "garlic"],
    ["tortilla wraps", "salsa jar", "chicken breast", "peppers mixed", "limes"],
    ["coconut milk", "curry paste", "chicken breast", "basmati rice", "coriander"],
    ["pasta fusilli", "tuna can", "mozzarella", "tomatoes vine"],
    ["frozen pizza", "cola 2l", "ice cream"],
    ["bacon", "free-range eggs x6", "white bloomer", "butter 250g"],
    ["tortilla chips", "salsa jar", "lager 4pk"],
]


def baskets(rng: random.Random, count: int) -> list:
    catalogue = [item for items in AISLES.values() for item in items]
    catalogue += [f"sku-{number:05d}" for number in range(600)]
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(catalogue))]
    rng.shuffle(catalogue)
    result = []
    for _ in range(count):
        basket = rng.choices(catalogue, weights, k=rng.randint(1, 22))
        if rng.random() < 0.3:
            recipe = rng.choice(RECIPES)
            basket += rng.sample(recipe, rng.randint(2, len(recipe)))
        if rng.random() < 0.25:
            basket.append(rng.choice(["bananas", "semi-skimmed milk 2l", "sourdough loaf"]))
        rng.shuffle(basket)
        result.append(basket)
    return result


def main() -> None:
    rng = random.Random(417)
    week = baskets(rng, 3200)
    rules = pair_rules(week, min_support=0.025, min_confidence=0.2)
    print("baskets", len(week), "rules", len(rules))
    for lhs, rhs, both, support, confidence, lift in rules[:8]:
        print(f"{lhs} -> {rhs}: n={both} support={support} confidence={confidence} lift={lift}")


if __name__ == "__main__":
    main()
