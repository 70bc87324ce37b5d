"""Label run for the new season's range: every product's allergen declaration regenerated from its recipe."""

import random

from allergens.labels import Product, declare_allergens
from allergens.vocabulary import ALLERGENS

BASES = [
    "Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin)", "Water", "Sugar", "Unsalted Butter (Milk)", "Salt",
    "Free Range Whole Egg", "Yeast", "Rapeseed Oil", "Dark Chocolate (Cocoa Mass, Sugar, Cocoa Butter, Emulsifier: Soya Lecithin)",
    "Rye Flour", "Malted Barley Flour", "Oatmeal", "Sesame Seeds", "Poppy Seeds", "Sunflower Seeds", "Whole Milk Powder",
    "Double Cream (Milk)", "Ground Almonds", "Hazelnut Praline (Sugar, Hazelnuts)", "Raisins", "Dried Apricots (Apricots, Preservative: Sulphur Dioxide)",
    "Cinnamon", "Vanilla Extract", "Invert Sugar Syrup", "Glucose Syrup", "Palm Fat", "Emulsifier: Mono- and Diglycerides of Fatty Acids",
    "Raising Agents (Disodium Diphosphate, Sodium Bicarbonate)", "Flour Treatment Agent: Ascorbic Acid", "Cheddar Cheese (Milk)",
    "Smoked Salmon (Fish)", "Free-Range Egg Mayonnaise (Rapeseed Oil, Pasteurised Egg Yolk, Spirit Vinegar, Mustard Flour)",
    "Spelt Flour", "Crème Fraîche (Milk)", "Walnut Pieces", "Lupin Flour", "Celery Salt", "Tahini (Sesame)", "Honey",
    "Pistachio Kernels", "Buttermilk", "Natural Yoghurt (Milk)", "Cornflour", "Tapioca Starch", "Rice Flour", "Chickpea Flour",
    "Roasted Peanuts", "Prawns (Crustaceans)", "Tuna (Fish)", "Brown Shrimps", "Oyster Sauce (Oyster Extract, Sugar, Salt)",
    "Lemon Juice", "Orange Zest", "Potato Starch", "Mascarpone Cheese (Milk)", "Marzipan (Almonds, Sugar)", "Gianduja",
    "Sulphite-free Wine Vinegar", "Einkorn Wholemeal", "Tofu (Soybeans, Water, Nigari)", "Pine Nuts", "Coconut Flakes",
]
NAMES = ["Sourdough", "Croissant", "Pain au Chocolat", "Seeded Rye", "Focaccia", "Brownie", "Carrot Cake", "Quiche", "Sandwich",
         "Cookie", "Scone", "Bagel", "Danish", "Flapjack", "Bloomer", "Baguette", "Roll", "Tart", "Muffin", "Sausage Roll"]
TRACES = ["nuts", "peanuts", "sesame seeds", "soya", "egg", "milk", "mustard", "celery", "lupin", "none"]


def main() -> None:
    rng = random.Random(1169)
    products = []
    for number in range(360):
        ingredients = tuple(rng.sample(BASES, rng.randint(5, 16)))
        may_contain = tuple(rng.sample(TRACES, rng.randint(0, 3)))
        products.append(Product(f"SKU{number:05d}", f"{rng.choice(NAMES)} #{number}", ingredients, may_contain))
    declarations = declare_allergens(products, ALLERGENS)
    counts = {allergen: sum(allergen in d.contains for d in declarations) for allergen in ALLERGENS}
    print(f"{len(declarations)} labels")
    for allergen, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]:
        print(f"  {allergen}: {count} products")
    print(" ", declarations[0].ingredient_line[:110], "...")


if __name__ == "__main__":
    main()
