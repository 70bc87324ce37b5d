"""Check the 2024 season's transect counts for the county report."""

import random

from butterfly_transects.annual import annual_index, county_totals
from butterfly_transects.checklist import Species
from butterfly_transects.counts import review_counts

SPECIES = [
    ("Thymelicus sylvestris", "Small Skipper"), ("Thymelicus lineola", "Essex Skipper"),
    ("Ochlodes sylvanus", "Large Skipper"), ("Erynnis tages", "Dingy Skipper"),
    ("Pyrgus malvae", "Grizzled Skipper"), ("Leptidea sinapis", "Wood White"),
    ("Anthocharis cardamines", "Orange-tip"), ("Pieris brassicae", "Large White"),
    ("Pieris rapae", "Small White"), ("Pieris napi", "Green-veined White"),
    ("Colias croceus", "Clouded Yellow"), ("Gonepteryx rhamni", "Brimstone"),
    ("Callophrys rubi", "Green Hairstreak"), ("Thecla betulae", "Brown Hairstreak"),
    ("Favonius quercus", "Purple Hairstreak"), ("Satyrium w-album", "White-letter Hairstreak"),
    ("Lycaena phlaeas", "Small Copper"), ("Cupido minimus", "Small Blue"),
    ("Celastrina argiolus", "Holly Blue"), ("Aricia agestis", "Brown Argus"),
    ("Polyommatus icarus", "Common Blue"), ("Lysandra bellargus", "Adonis Blue"),
    ("Lysandra coridon", "Chalkhill Blue"), ("Hamearis lucina", "Duke of Burgundy"),
    ("Limenitis camilla", "White Admiral"), ("Apatura iris", "Purple Emperor"),
    ("Vanessa atalanta", "Red Admiral"), ("Vanessa cardui", "Painted Lady"),
    ("Aglais io", "Peacock"), ("Aglais urticae", "Small Tortoiseshell"),
    ("Polygonia c-album", "Comma"), ("Argynnis paphia", "Silver-washed Fritillary"),
    ("Speyeria aglaja", "Dark Green Fritillary"), ("Pararge aegeria", "Speckled Wood"),
    ("Lasiommata megera", "Wall"), ("Melanargia galathea", "Marbled White"),
    ("Pyronia tithonus", "Gatekeeper"), ("Maniola jurtina", "Meadow Brown"),
    ("Aphantopus hyperantus", "Ringlet"), ("Coenonympha pamphilus", "Small Heath"),
]
ALIASES = {"Large White": ("cabbage white", "LW"), "Small White": ("cabbage white", "SW"),
           "Green-veined White": ("GVW", "green veined white"), "Small Tortoiseshell": ("small tort", "ST"),
           "Meadow Brown": ("MB",), "Gatekeeper": ("hedge brown",), "Speckled Wood": ("SPW",),
           "Red Admiral": ("RA",), "Orange-tip": ("orange tip", "orangetip"), "Common Blue": ("CB",),
           "Small Skipper": ("small/essex skipper",), "Ringlet": ("RL",)}
COMMON = {"Meadow Brown": 30, "Gatekeeper": 22, "Ringlet": 18, "Small White": 16, "Large White": 14,
          "Green-veined White": 10, "Speckled Wood": 9, "Small Skipper": 6, "Marbled White": 6, "Peacock": 6,
          "Small Tortoiseshell": 5, "Red Admiral": 5, "Common Blue": 5, "Comma": 4, "Brimstone": 4,
          "Large Skipper": 4, "Orange-tip": 3, "Holly Blue": 3, "Small Copper": 2, "Small Heath": 2}
TYPOS = ["Peacok", "Meadow Browne", "Red Admirable", "small copperr", "Purple Hair streak", "Brimstone moth",
         "unidentified white", "Comma butterfly", "Ringlett", "Gate keeper", "Speckled wood?", "Holly blue x",
         "Silver Y", "Cinnabar", "Burnet moth", "Large Heath", "Hummingbird Hawk-moth", "Mother Shipton"]


def main() -> None:
    rng = random.Random(34707)
    checklist = [Species(sci, vern, ALIASES.get(vern, ())) for sci, vern in SPECIES]
    transects = [f"T{n:03d}" for n in range(1, 291)]
    visits = []
    for transect in transects:
        local = rng.sample(SPECIES, rng.randint(14, 34))
        for week in range(1, 27):
            date = f"2024-{4 + (week - 1) // 4:02d}-{1 + 7 * ((week - 1) % 4):02d}"
            for section in range(1, rng.randint(4, 11)):
                weights = [COMMON.get(vern, 0.5) for _, vern in local]
                for sci, vern in rng.choices(local, weights, k=rng.randint(0, 2)):
                    roll = rng.random()
                    if roll < 0.55:
                        name = vern
                    elif roll < 0.7:
                        name = vern.lower()
                    elif roll < 0.8:
                        name = sci
                    elif roll < 0.93:
                        name = rng.choice(ALIASES.get(vern, (vern,)))
                    else:
                        name = rng.choice(TYPOS)
                    visits.append({"transect": transect, "section": section, "date": date,
                                   "species": name, "count": rng.choice([0, 1, 1, 2, 3, 5, 12])})
    result = review_counts(visits, checklist)
    index = annual_index(result["accepted"])
    print(len(visits), len(result["accepted"]), len(result["unrecognised"]), len(result["first_records"]))
    print(county_totals(index)[:5])


if __name__ == "__main__":
    main()
