"""Value a reappraisal batch of parcels against the county's recorded sales."""

import math
import random
from datetime import date, timedelta

from appraisal.models import Sale, Subject
from appraisal.valuation import value_parcels

CENTRE = (39.7684, -86.1581)
TYPES = ["single family"] * 13 + ["condo"] * 4 + ["townhouse"] * 3


def neighbourhood(lat, lon):
    return 1 + 0.2 * math.sin((lat - CENTRE[0]) * 200) * math.cos((lon - CENTRE[1]) * 160)


def house(rng):
    lat = CENTRE[0] + rng.uniform(-0.022, 0.022)
    lon = CENTRE[1] + rng.uniform(-0.028, 0.028)
    kind = rng.choice(TYPES)
    area = int(rng.gauss(1900 if kind == "single family" else 1150, 350))
    area = max(550, area)
    beds = max(1, min(6, round(area / 600 + rng.uniform(-0.6, 0.6))))
    baths = max(1.0, min(4.5, round((area / 900 + rng.uniform(-0.5, 0.5)) * 2) / 2))
    built = rng.randint(1925, 2022)
    return lat, lon, kind, area, beds, baths, built


def recorded_sales(rng, count):
    sales = []
    first = date(2022, 1, 1)
    for number in range(count):
        lat, lon, kind, area, beds, baths, built = house(rng)
        sold = first + timedelta(days=rng.randint(0, 1095))
        price = 165 * area * neighbourhood(lat, lon) * (1 + 0.004 * (sold - first).days / 30) * rng.gauss(1, 0.05)
        sales.append(Sale(f"D{2022 + (sold - first).days // 365}-{number:06d}", round(lat, 6), round(lon, 6),
                          int(round(price, -2)), area, beds, baths, built, sold.isoformat(), kind))
    return sales


def main() -> None:
    rng = random.Random(1987)
    sales = recorded_sales(rng, 3000)
    subjects = []
    for number in range(420):
        lat, lon, kind, area, beds, baths, built = house(rng)
        subjects.append(Subject(f"49-{number:04d}-{rng.randint(100, 999)}", round(lat, 6), round(lon, 6), area, beds,
                                baths, built, kind))
    roll = value_parcels(subjects, sales, "2025-01-01")
    valued = [row for row in roll.values() if row["estimate"] is not None]
    print("parcels", len(roll), "valued", len(valued), "total", sum(row["estimate"] for row in valued))
    print("confidence", {level: sum(1 for row in roll.values() if row["confidence"] == level)
                         for level in ("high", "medium", "low", "insufficient")})
    first = next(iter(roll.items()))
    print(first)


if __name__ == "__main__":
    main()
