"""Build the district accessibility table from this month's OpenStreetMap extract of the city."""

import random

from osmaudit.accessibility import accessibility_by_district
from osmaudit.features import parse_extract_line
from osmaudit.report import district_table

AMENITIES = ["restaurant", "cafe", "pharmacy", "bank", "doctors", "library", "pub", "fast_food", "dentist",
             "post_office", "townhall", "school", "cinema", "bench", "parking", "waste_basket", "bicycle_parking"]
SHOPS = ["supermarket", "bakery", "hairdresser", "clothes", "convenience", "optician", "books"]
DISTRICTS = ["Altstadt", "Neustadt", "Südvorstadt", "Lindenau", "Gohlis", "Connewitz", "Plagwitz", "Reudnitz",
             "Schönefeld", "Grünau", "Mockau", "Paunsdorf"]
EXTRA = ["opening_hours=Mo-Fr 09:00-18:00; Sa 10:00-14:00", "website=https://example.org/", "phone=+49 341 1234567",
         "check_date=2023-05-12", "source=survey", "level=0", "operator=Stadt", "payment:cards=yes", "payment:cash=yes",
         "outdoor_seating=no", "internet_access=wlan", "diet:vegetarian=yes", "addr:postcode=04109",
         "addr:city=Leipzig", "addr:country=DE", "entrance=main", "step_count=2", "ramp=no", "door=hinged",
         "automatic_door=no", "kerb=lowered", "wheelchair:description=Rampe am Seiteneingang", "brand=Example",
         "brand:wikidata=Q1234567", "fixme=check opening hours", "note=Eingang im Hof", "smoking=no"]


def extract_line(rng: random.Random, number: int, clutter: list[tuple[str, str]]) -> str:
    """One line of the export: an amenity, a shop or something else, among the usual tag clutter."""
    tags = [f"name=POI {number}"]
    roll = rng.random()
    if roll < 0.6:
        tags.append(f"amenity={rng.choice(AMENITIES)}")
    elif roll < 0.85:
        tags.append(f"shop={rng.choice(SHOPS)}")
    else:
        tags.append(rng.choice(["highway=bus_stop", "tourism=artwork", "leisure=playground"]))
    if rng.random() < 0.8:
        tags.append(f"addr:{'district' if rng.random() < 0.5 else 'suburb'}={rng.choice(DISTRICTS)}")
    if rng.random() < 0.55:
        tags.append(f"wheelchair={rng.choice(['yes', 'yes', 'limited', 'no', 'Yes', 'designated', 'unknown'])}")
    if rng.random() < 0.1:
        tags.append(f"toilets:wheelchair={rng.choice(['yes', 'no'])}")
    head, tail = rng.choice(clutter)
    return f"{'n' if rng.random() < 0.7 else 'w'}{rng.randint(10 ** 8, 10 ** 10)}\t{51.3 + rng.random() * 0.1:.7f}\t" \
           f"{12.3 + rng.random() * 0.15:.7f}\t{head};{';'.join(tags)};{tail}\n"


def tag_clutter(rng: random.Random) -> tuple[str, str]:
    """Tags the mappers add besides the ones the audit uses, split around where the export puts those."""
    extra = rng.sample(EXTRA, rng.randint(10, 24)) + [f"addr:street=Straße {rng.randint(1, 400)}",
                                                      f"addr:housenumber={rng.randint(1, 120)}"]
    cut = rng.randint(1, len(extra) - 1)
    return ";".join(extra[:cut]), ";".join(extra[cut:])


def main() -> None:
    rng = random.Random(4109)
    clutter = [tag_clutter(rng) for _ in range(3000)]
    features = [parse_extract_line(extract_line(rng, number, clutter)) for number in range(75000)]
    counts = accessibility_by_district(features)
    total = sum(sum(row.values()) - row["toilets"] for by_category in counts.values() for row in by_category.values())
    print(f"{len(features)} features, {total} counted in {len(counts)} districts")
    print(*district_table(counts, ["restaurant", "cafe", "pharmacy", "doctors", "shop:supermarket"]), sep="\n")


if __name__ == "__main__":
    main()
