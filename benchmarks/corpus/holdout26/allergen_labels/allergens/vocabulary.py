"""The 14 allergens of Annex II of Regulation (EU) 1169/2011, with the words that reveal them in recipes."""

from __future__ import annotations

ALLERGENS: dict[str, tuple[str, ...]] = {
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
