"""Nightly rebuild of the collections-online browse index."""

import random
from itertools import accumulate

from facetindex.catalogue import ObjectRecord
from facetindex.facets import build_facets

DEPARTMENTS = ["Prints and Drawings", "Ceramics and Glass", "Textiles", "Furniture", "Metalwork", "Photography",
               "Paintings", "Sculpture", "Arms and Armour", "Asian Art", "Coins and Medals", "Musical Instruments"]
MATERIALS = ["oak", "walnut", "mahogany", "pine", "porcelain", "earthenware", "stoneware", "glass", "silver", "gold",
             "brass", "bronze", "iron", "steel", "pewter", "silk", "wool", "linen", "cotton", "paper", "ink",
             "watercolour", "oil paint", "canvas", "marble", "alabaster", "ivory", "bone", "leather", "gelatin silver"]
FIRST = ["John", "Mary", "William", "Elizabeth", "Thomas", "Anne", "Pierre", "Marie", "Johann", "Katharina", "Giovanni",
         "Hokusai", "Utagawa", "Jean-Baptiste", "Josiah", "Hester", "Paul", "Thomas", "Gertrude", "Ernst", "Sarah"]
LAST = ["Wedgwood", "Chippendale", "Bateman", "de Lamerie", "Morris", "Hepplewhite", "Sheraton", "Storr", "Spode",
        "Minton", "Cameron", "Talbot", "Turner", "Constable", "Dürer", "Rembrandt", "Holbein", "Fabergé", "Tiffany",
        "Gallé", "Lalique", "Mackintosh", "Voysey", "Ashbee", "Liberty", "Doulton", "Moorcroft", "Clarice", "Cooper"]


def catalogue(rng, count):
    makers = [f"{first} {last}{'' if n < 40 else f' ({n})'}" for n, (first, last) in
              enumerate((rng.choice(FIRST), rng.choice(LAST)) for _ in range(4200))]
    weights = list(accumulate(1 / (rank + 1) ** 0.7 for rank in range(len(makers))))
    material_weights = list(accumulate(1 / (rank + 1) for rank in range(len(MATERIALS))))
    records = []
    for number in range(count):
        chosen = rng.choices(makers, cum_weights=weights, k=rng.choice([0, 1, 1, 1, 2]))
        chosen = [maker.upper() if rng.random() < 0.05 else maker.replace(" ", "  ") if rng.random() < 0.05 else maker
                  for maker in chosen]
        year = rng.randint(1450, 1990)
        date_made = rng.choice([f"c. {year}", f"{year}-{year + rng.randint(1, 30)}", str(year), "undated",
                                f"late {(year - 1) // 100 + 1}th century", f"{year}s"])
        records.append(ObjectRecord(f"{1850 + number * 170 // count}.{number % 997}.{number % 7}", f"Object {number}",
                                    rng.choice(DEPARTMENTS), chosen,
                                    rng.choices(MATERIALS, cum_weights=material_weights, k=rng.randint(1, 3)), date_made))
    return records


def main() -> None:
    rng = random.Random(1852)
    records = catalogue(rng, 24_000)
    index = build_facets(records, min_count=2)
    for facet, values in index.items():
        print(f"{facet:<11} {len(values):>5} values; top: {values[0].label} ({values[0].count})")


if __name__ == "__main__":
    main()
