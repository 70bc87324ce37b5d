"""Urban forestry strategy: diversity per ward for all street trees, established trees (DBH >= 10 cm) and mature trees (DBH >= 40 cm)."""

import random

from urbanforest.diversity import ward_summaries
from urbanforest.inventory import Tree

GENERA = ["Acer", "Tilia", "Platanus", "Quercus", "Betula", "Prunus", "Sorbus", "Fraxinus", "Carpinus", "Malus",
          "Pyrus", "Ulmus", "Ginkgo", "Liquidambar", "Gleditsia", "Robinia", "Aesculus", "Crataegus", "Alnus", "Zelkova"]
EPITHETS = ["campestre", "platanoides", "cordata", "x europaea", "robur", "pendula", "avium", "aucuparia", "excelsior",
            "betulus", "sylvestris", "calleryana", "glabra", "biloba", "styraciflua", "triacanthos", "pseudoacacia",
            "hippocastanum", "monogyna", "glutinosa", "serrata", "rubrum", "tomentosa", "x hispanica"]
CONDITIONS = ["good"] * 6 + ["fair"] * 3 + ["poor", "dead"]


def main() -> None:
    rng = random.Random(2030)
    species = [f"{genus} {epithet}" for genus in GENERA for epithet in rng.sample(EPITHETS, 18)]
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(species))]
    wards = [f"Ward {n:03d}" for n in range(1, 201)]
    trees = []
    chosen = rng.choices(species, weights, k=110_000)
    for tree_id, name in enumerate(chosen, start=1):
        trees.append(Tree(tree_id, rng.choice(wards), name, round(rng.lognormvariate(3.0, 0.6), 1), rng.choice(CONDITIONS)))
    everything = ward_summaries(trees)
    established = ward_summaries(trees, min_dbh_cm=10.0)
    mature = ward_summaries(trees, min_dbh_cm=40.0)
    low = min(everything, key=lambda ward: everything[ward]["shannon"])
    print("trees", len(trees), "wards", len(everything), "species", len(species))
    print("least diverse", low, everything[low])
    print("established in", low, established[low]["trees"], established[low]["shannon"],
          "mature", mature.get(low, {}).get("trees", 0))


if __name__ == "__main__":
    main()
