"""Overnight settlement: cap yesterday's and this week's contactless journeys before charging cards."""

import random
from datetime import datetime, timedelta

from farecap.capping import apply_fare_caps

ZONE_FARES = {1: 280, 2: 190, 3: 175, 4: 350, 5: 420}


def main() -> None:
    rng = random.Random(909)
    monday = datetime(2024, 4, 8)
    taps = []
    for number in range(330):
        card = f"{rng.choice(['VISA', 'MC', 'AMEX'])}-{rng.randint(1000, 9999)}-{number:04d}"
        commuter = rng.random() < 0.7
        for offset in range(14):
            day = monday + timedelta(days=offset)
            if day.weekday() >= 5 and rng.random() < 0.6:
                continue
            journeys = rng.randint(2, 3) if commuter else rng.randint(0, 5)
            moment = day + timedelta(hours=rng.uniform(6, 9))
            for _ in range(journeys):
                taps.append({
                    "card": card,
                    "time": moment.strftime("%Y-%m-%d %H:%M:%S"),
                    "fare": ZONE_FARES[rng.choice([1, 1, 2, 2, 3, 4, 5])],
                    "station": f"S{rng.randint(1, 270):03d}",
                })
                moment += timedelta(hours=rng.uniform(0.5, 9))
    rng.shuffle(taps)
    charges = apply_fare_caps(taps, daily_cap=810, weekly_cap=4050)
    fares = sum(charge["fare"] for charge in charges)
    charged = sum(charge["charged"] for charge in charges)
    capped = sum(1 for charge in charges if charge["charged"] < charge["fare"])
    print(len(charges), "taps; fares", fares, "p; charged", charged, "p; capped taps:", capped)


if __name__ == "__main__":
    main()
