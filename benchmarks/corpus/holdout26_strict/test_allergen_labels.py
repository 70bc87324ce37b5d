"""Strict equivalence tests for declare_allergens (never shown to wattlens)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import OrderedDict, namedtuple
from types import SimpleNamespace

import pytest
from allergens.labels import Declaration, Product, declare_allergens
from strict_support import assert_same

TARGET = "allergens/labels.py:declare_allergens"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_WORD = re.compile(r"[^\W_]+")


def _ref_normalise(text):
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(character for character in decomposed if not unicodedata.combining(character))
    return _WORD.findall(stripped.casefold())


def _ref_same_word(word, term):
    return word == term or word == term + "s" or word == term + "es"


def _ref_find_allergens(ingredient, vocabulary):
    words = _ref_normalise(ingredient)
    found = []
    for allergen, terms in vocabulary.items():
        for term in terms:
            term_words = _ref_normalise(term)
            size = len(term_words)
            if size and any(
                all(_ref_same_word(words[start + offset], term_words[offset]) for offset in range(size))
                for start in range(len(words) - size + 1)
            ):
                found.append(allergen)
                break
    return found


def reference(products, vocabulary):
    declarations = []
    for product in products:
        contained = set()
        parts = []
        for ingredient in product.ingredients:
            found = _ref_find_allergens(ingredient, vocabulary)
            contained.update(found)
            parts.append(ingredient.upper() if found else ingredient)
        traces = set()
        for note in product.may_contain:
            traces.update(_ref_find_allergens(note, vocabulary))
        declarations.append(Declaration(
            product.code,
            [allergen for allergen in vocabulary if allergen in contained],
            ", ".join(parts) + ".",
            [allergen for allergen in vocabulary if allergen in traces and allergen not in contained],
        ))
    return declarations


# --- vocabularies and products ----------------------------------------------------------------

EU14 = {
    "cereals containing gluten": ("wheat", "rye", "barley", "oats", "spelt", "kamut", "durum", "semolina", "farro", "einkorn",
                                  "malt", "bulgur", "couscous"),
    "crustaceans": ("crab", "lobster", "prawn", "shrimp", "crayfish", "langoustine"),
    "eggs": ("egg", "albumen", "ovalbumin", "lysozyme", "mayonnaise", "meringue"),
    "fish": ("fish", "anchovy", "cod", "salmon", "tuna", "haddock", "pollock", "mackerel"),
    "peanuts": ("peanut", "groundnut", "arachis oil"),
    "soybeans": ("soy", "soya", "soybean", "tofu", "edamame", "miso", "tempeh"),
    "milk": ("milk", "butter", "cream", "cheese", "whey", "casein", "lactose", "yoghurt", "yogurt", "ghee", "crème fraîche",
             "fromage frais", "buttermilk", "mascarpone", "ricotta", "mozzarella", "quark"),
    "nuts": ("nut", "almond", "hazelnut", "walnut", "cashew", "pecan", "brazil nut", "pistachio", "macadamia", "praline", "marzipan",
             "frangipane", "gianduja"),
    "celery": ("celery", "celeriac"),
    "mustard": ("mustard",),
    "sesame": ("sesame", "tahini", "gomasio"),
    "sulphur dioxide and sulphites": ("sulphite", "sulfite", "sulphur dioxide", "sulfur dioxide", "metabisulphite", "e220", "e221",
                                      "e222", "e223", "e224", "e226", "e227", "e228"),
    "lupin": ("lupin", "lupine"),
    "molluscs": ("mussel", "oyster", "squid", "clam", "scallop", "octopus", "snail", "whelk"),
}
SMALL_VOCAB = {"kiwi": ("kiwi", "kiwi fruit"), "tomato": ("tomato",), "weiss": ("weiß bier", "WEISS"), "dotted": ("İstanbul",)}
ODD_VOCAB = OrderedDict([("empty", ("", "--", " ")), ("dup", ("milk",)), ("milk", ("milk",)), (3, ("three",)), (None, ("nothing",))])
STRING_TERMS = {"letters": "milk", "word": ("m",)}
LIST_TERMS = {"milk": ["Milk", "MILK POWDER"], "egg": []}

SEEDED = Product("SKU1", "Seeded Rye", ("Rye Flour", "Water", "Sesame Seeds", "Salt"), ("nuts", "sesame"))
CROISSANT = Product("SKU2", "Croissant", ("Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin)", "Unsalted Butter (Milk)",
                                          "Water", "Sugar", "Yeast", "Salt", "Free Range Egg"), ("nuts", "peanuts", "sesame seeds"))
PLAIN = Product("SKU3", "Rice Cake", ("Rice", "Salt"))
EMPTY = Product("SKU4", "Nothing", ())
BLANKS = Product("SKU5", "Blanks", ("", " ", "\n", "Milk "), ("",))
PLURALS = Product("P", "Plurals", ("Eggs", "Egges", "Eggses", "Tomatoes", "Tomatos", "Tomatoess", "Kiwis", "Kiwi Fruits", "Kiwies",
                                   "Peanutss", "Prawnes", "Nutss"), ("Walnuts", "Mussels and Clams"))
MULTIWORD = Product("M", "Multi", ("Brazil-Nut Paste", "brazil, nut", "Brazil", "Sulphur Dioxide", "sulphur (dioxide)", "Dioxide Sulphur",
                                   "Fromage Frais", "fromage", "Arachis Oil", "Arachis"), ())
UNICODE = Product("U", "Ünïcödé", ("Crème Fraîche", "CRÈME FRAÎCHE", "Creme Fraiche", "Ｍｉｌｋ", "ﬁsh ﬁngers", "Weißbier", "Weiss Bier",
                                   "İstanbul Bread", "istanbul", "Milk²", "Mİlk", "Ꮇilk", "牛乳 milk", "Mozzarella di Bufala",
                                   "e\u0301gg", "ＥＧＧ", "e220", "E 220", "E220-free", "sulphites"), ("Sésame", "ＮＵＴＳ"))
UNDERSCORE = Product("_", "Underscore", ("milk_powder", "wheat_flour", "oat-milk", "oat/milk", "oats+milk", "oat's milk", "egg(s)"), ())
SHARP_S = Product("ß", "Sharp S", ("straße milk", "Maß", "ß"), ())
Prod = namedtuple("Prod", "code name ingredients may_contain")
LOOKALIKE = [Prod("L1", "Lookalike", ["Milk", "Flour"], ["nuts"]),
             SimpleNamespace(code="L2", ingredients=("Tuna",), may_contain=())]

CASES = [
    ([], EU14),
    ((), {}),
    ([SEEDED], EU14),
    ([CROISSANT], EU14),
    ([SEEDED, CROISSANT, PLAIN, EMPTY], EU14),
    ((SEEDED, CROISSANT), EU14),
    ([CROISSANT, CROISSANT], EU14),
    ([PLAIN], EU14),
    ([EMPTY], EU14),
    ([BLANKS], EU14),
    ([PLURALS], EU14),
    ([PLURALS], SMALL_VOCAB),
    ([MULTIWORD], EU14),
    ([UNICODE], EU14),
    ([UNICODE], SMALL_VOCAB),
    ([UNDERSCORE], EU14),
    ([SHARP_S], EU14),
    ([SHARP_S], {"strasse": ("strasse",), "mass": ("MASS",), "ss": ("ss",)}),
    ([SEEDED, CROISSANT, PLURALS], {}),
    ([SEEDED, CROISSANT, PLURALS], OrderedDict(reversed(list(EU14.items())))),
    ([SEEDED, CROISSANT, PLURALS, UNICODE], ODD_VOCAB),
    ([SEEDED, CROISSANT], STRING_TERMS),
    ([SEEDED, CROISSANT, BLANKS], LIST_TERMS),
    ([SEEDED], {"sesame": ("sesame",), "SESAME": ("seeds",), "rye": ("RYE", "flour")}),
    ([SEEDED], {"gluten": ("rye flour", "flour rye")}),
    ([SEEDED], {"gluten": ("rye flour water",)}),
    ([SEEDED], {"gluten": ("rye flour water sesame seeds salt extra",)}),
    ([Product("X", "X", ("Milk",), ("milk", "nuts"))], EU14),
    ([Product("X", "X", ("Hazelnut",), ("nuts", "almonds", "peanuts"))], EU14),
    ([Product("X", "X", (), ("nuts", "almonds", "peanuts", "oysters", "sesame", "lupine"))], EU14),
    ([Product("X", "X", ["Milk", "Tuna"], ["Egg"])], EU14),
    ([Product("X", "X", "Milk")], EU14),
    ([Product("X", "X", "Milk")], {"m": ("M",), "i": ("i",)}),
    ([Product("X", "X", ("Milk",), "nuts")], EU14),
    ([Product("X", "X", ("Milk",), None)], EU14),
    ([Product("X", "X", None)], EU14),
    ([Product("X", "X", ("Milk", None))], EU14),
    ([Product("X", "X", (None,))], {}),
    ([Product("X", "X", (5,))], EU14),
    ([Product("X", "X", (b"milk",))], EU14),
    ([Product(None, "X", ("Milk",))], EU14),
    ([Product(("tuple", 1), "X", ("Milk",))], EU14),
    ([], {"bad": (None,)}),
    ([EMPTY], {"bad": (None,)}),
    ([PLAIN], {"bad": (None,)}),
    ([PLAIN], {"good": ("rice",), "bad": (None,)}),
    ([PLAIN], {"good": ("rice", None)}),
    ([PLAIN], {"bad": (5,)}),
    ([PLAIN], {"bad": 5}),
    ([PLAIN], [("milk", ("milk",))]),
    ([PLAIN], None),
    (LOOKALIKE, EU14),
    ([None], EU14),
    (None, EU14),
    ([{"code": "D", "ingredients": ["Milk"]}], EU14),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(declare_allergens, reference, *case)


@pytest.mark.parametrize("ingredient", list(UNICODE.ingredients + PLURALS.ingredients + MULTIWORD.ingredients + UNDERSCORE.ingredients))
def test_single_ingredients(ingredient) -> None:
    assert_same(declare_allergens, reference, [Product("S", "Single", (ingredient,), (ingredient,))], EU14)


def test_keyword_arguments() -> None:
    assert_same(declare_allergens, reference, vocabulary=EU14, products=[SEEDED, CROISSANT])
    assert_same(declare_allergens, reference, [PLURALS], vocabulary=SMALL_VOCAB)


POOL = [
    "Wheat Flour (Wheat Flour, Calcium Carbonate, Iron, Niacin, Thiamin)", "Water", "Sugar", "Unsalted Butter (Milk)", "Salt",
    "Free Range Whole Egg", "Yeast", "Dark Chocolate (Cocoa Mass, Sugar, Cocoa Butter, Emulsifier: Soya Lecithin)", "Rye Flour",
    "Malted Barley Flour", "Oatmeal", "Sesame Seeds", "Double Cream (Milk)", "Ground Almonds", "Hazelnut Praline (Sugar, Hazelnuts)",
    "Dried Apricots (Apricots, Preservative: Sulphur Dioxide)", "Smoked Salmon (Fish)", "Crème Fraîche (Milk)", "Lupin Flour",
    "Celery Salt", "Tahini (Sesame)", "Brown Shrimps", "Oyster Sauce (Oyster Extract, Sugar, Salt)", "Pine Nuts", "Coconut Flakes",
    "Sulphite-free Wine Vinegar", "Tofu (Soybeans, Water, Nigari)", "Buckwheat", "Peanut Butter", "Eggs", "Mustard Seeds", "Ｍｉｌｋ",
    "Weißbrot", "", "Brazil Nut Paste", "E220", "lobster bisque", "Cheese & Onion",
]


def _random_cases():
    rng = random.Random(1169)
    traces = ["nuts", "peanuts", "sesame seeds", "soya", "egg", "milk", "mustard", "celery", "lupin", "none", "shellfish", ""]
    vocabularies = [EU14, EU14, EU14, SMALL_VOCAB, {"milk": ("milk", "cheese"), "egg": ("egg",)}, {}]
    for _ in range(200):
        products = [Product(f"SKU{n}", f"Product {n}", tuple(rng.sample(POOL, rng.randint(0, 8))), tuple(rng.sample(traces, rng.randint(0, 3))))
                    for n in range(rng.randint(0, 4))]
        yield (products, rng.choice(vocabularies))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(declare_allergens, reference, *case)


def test_season_range() -> None:
    """Sixty products of the new range, up to sixteen ingredients each."""
    rng = random.Random(2025)
    products = [Product(f"SKU{n:05d}", f"Bake {n}", tuple(rng.sample(POOL, rng.randint(5, 16))),
                        tuple(rng.sample(["nuts", "peanuts", "sesame seeds", "soya"], rng.randint(0, 3)))) for n in range(60)]
    assert_same(declare_allergens, reference, products, EU14)
