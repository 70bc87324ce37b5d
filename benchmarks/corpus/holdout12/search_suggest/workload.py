"""Pre-compute the suggestion cache for the most-typed prefixes before the morning traffic."""

import random

from typeahead.suggest import Suggester

PRODUCTS = ["drill", "cordless drill", "hammer drill", "impact driver", "screwdriver set", "wood screws", "drywall screws",
            "wall plugs", "paint roller", "masking tape", "sandpaper", "orbital sander", "circular saw", "jigsaw blades",
            "tile cutter", "grout", "silicone sealant", "pipe wrench", "spirit level", "tape measure", "ladder",
            "step ladder", "extension cord", "led bulb", "light switch", "door handle", "hinge", "padlock", "shelf bracket",
            "wood glue", "chisel set", "hacksaw", "paint brush", "primer", "exterior paint", "garden hose", "lawn mower",
            "hedge trimmer", "wheelbarrow", "safety glasses", "work gloves", "toolbox", "workbench", "angle grinder"]
MODIFIERS = ["", "", "", "cheap", "best", "bosch", "makita", "dewalt", "18v", "small", "heavy duty", "white", "black",
             "stainless", "10mm", "6mm", "set", "kit", "replacement", "outdoor", "pack of 100"]


def query_log(rng: random.Random) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _ in range(60_000):
        words = [rng.choice(MODIFIERS), rng.choice(PRODUCTS), rng.choice(MODIFIERS)]
        if rng.random() < 0.3:
            words.append(str(rng.randint(1, 500)))
        query = " ".join(word for word in words if word)
        if rng.random() < 0.1:
            query = query.title()
        counts[query] = counts.get(query, 0) + rng.choice([1, 1, 1, 2, 3, 10, 40])
    return counts


def main() -> None:
    rng = random.Random(8086)
    suggester = Suggester(query_log(rng), minimum_count=2)
    popular = sorted({(entry[0][:n]) for entry in suggester.entries for n in (2, 3, 4, 5, 6, 8, 10)})
    prefixes = rng.sample(popular, 800) + ["", "d", "dr", "DRILL ", "  cordless   dr", "zz"]
    cache = suggester.suggest_all(prefixes, limit=8)
    filled = sum(1 for suggestions in cache.values() if suggestions)
    print(f"entries={len(suggester)} prefixes={len(prefixes)} with_suggestions={filled}")
    print("dr ->", cache["dr"][:3])


if __name__ == "__main__":
    main()
