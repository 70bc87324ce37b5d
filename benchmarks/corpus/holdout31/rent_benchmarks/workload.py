"""Build the autumn rent-fairness map from a month of scraped lettings adverts."""

import json
import random

from rent_benchmarks.fairness import district_summary
from rent_benchmarks.listings import parse_listings
from rent_benchmarks.positions import rent_positions

DISTRICTS = {"E1": 1.25, "E2": 1.2, "E8": 1.1, "E14": 1.35, "N1": 1.3, "N16": 1.05, "SE15": 1.0,
             "SW9": 1.1, "W12": 1.05, "NW10": 0.95, "HA0": 0.8, "IG1": 0.75, "CR0": 0.7, "BR1": 0.8}
BEDROOM_BASE = {0: 1150, 1: 1550, 2: 1950, 3: 2450, 4: 3100}


def scraped(rng: random.Random) -> list[str]:
    lines = []
    for number in range(36000):
        district = rng.choice(list(DISTRICTS))
        bedrooms = rng.choices(list(BEDROOM_BASE), weights=[2, 5, 5, 3, 1])[0]
        rent = BEDROOM_BASE[bedrooms] * DISTRICTS[district] * rng.lognormvariate(0, 0.18)
        record = {"id": f"RM{number:07d}", "district": district.lower() if number % 9 == 0 else district,
                  "bedrooms": bedrooms, "furnished": rng.random() < 0.3}
        if rng.random() < 0.25:
            record["rent_pw"] = round(rent * 12 / 52)
        else:
            record["rent_pcm"] = int(round(rent, -1))
        lines.append(json.dumps(record))
    lines += rng.sample(lines, 600)  # adverts re-posted on a second portal
    return lines


def main() -> None:
    rng = random.Random(3115)
    listings = parse_listings(scraped(rng))
    positions = rent_positions(listings)
    summary = district_summary(listings, positions)
    for district, item in list(summary.items())[:5]:
        print(district, item)
    print(f"{len(positions)} listings positioned")


if __name__ == "__main__":
    main()
