from allergens.labels import Declaration, Product, declare_allergens
from allergens.matching import find_allergens, normalise
from allergens.vocabulary import ALLERGENS


def test_normalise() -> None:
    assert normalise("Crème Fraîche (MILK)") == ["creme", "fraiche", "milk"]
    assert normalise("Mono- and Diglycerides_of fatty-acids") == ["mono", "and", "diglycerides", "of", "fatty", "acids"]
    assert normalise("") == []


def test_find_allergens() -> None:
    assert find_allergens("Wheat Flour (Wheat Flour, Calcium Carbonate)", ALLERGENS) == ["cereals containing gluten"]
    assert find_allergens("Dark Chocolate (Cocoa Mass, Emulsifier: Soya Lecithin, Butter)", ALLERGENS) == ["soybeans", "milk"]
    assert find_allergens("Roasted Peanuts", ALLERGENS) == ["peanuts"]
    assert find_allergens("Brazil Nuts", ALLERGENS) == ["nuts"]
    assert find_allergens("Brazil", ALLERGENS) == []
    assert find_allergens("crème fraîche", ALLERGENS) == ["milk"]
    assert find_allergens("Buckwheat", ALLERGENS) == []


def test_declaration() -> None:
    product = Product("SKU1", "Seeded Rye", ("Rye Flour", "Water", "Sesame Seeds", "Salt"), ("nuts", "sesame"))
    assert declare_allergens([product], ALLERGENS) == [Declaration(
        "SKU1", ["cereals containing gluten", "sesame"], "RYE FLOUR, Water, SESAME SEEDS, Salt.", ["nuts"])]


def test_no_allergens_and_custom_vocabulary() -> None:
    plain = Product("SKU2", "Rice Cake", ("Rice", "Salt"))
    assert declare_allergens([plain], ALLERGENS) == [Declaration("SKU2", [], "Rice, Salt.", [])]
    vocabulary = {"kiwi": ("kiwi", "kiwi fruit")}
    fruit = Product("SKU3", "Pavlova", ("Kiwi Fruit", "Meringue"), ("kiwis",))
    assert declare_allergens([fruit], vocabulary) == [Declaration("SKU3", ["kiwi"], "KIWI FRUIT, Meringue.", [])]
    assert declare_allergens([], ALLERGENS) == []
