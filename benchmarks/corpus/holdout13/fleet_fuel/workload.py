"""Monthly fleet report: fuel consumption per van from the fuel-card provider's export."""

import random
from datetime import datetime, timedelta

from fuelcard.economy import fuel_economy


def main() -> None:
    rng = random.Random(66)
    start = datetime(2024, 1, 1, 6, 0)
    transactions = []
    for number in range(520):
        vehicle = f"VAN-{number:04d}"
        odometer = rng.randint(20_000, 180_000)
        consumption = rng.uniform(7.5, 13.0)
        when = start + timedelta(hours=rng.uniform(0, 48))
        for _ in range(rng.randint(40, 75)):
            driven = rng.randint(150, 650)
            odometer += driven
            when += timedelta(hours=rng.uniform(20, 70))
            full = rng.random() < 0.85
            litres = round(driven * consumption / 100 * (1.0 if full else rng.uniform(0.3, 0.8)), 2)
            reading = odometer if rng.random() > 0.004 else odometer - rng.randint(1000, 5000)
            transactions.append({
                "card": f"FC{number:05d}",
                "vehicle": vehicle,
                "time": when.strftime("%Y-%m-%dT%H:%M:%S"),
                "odometer": reading,
                "litres": litres,
                "full": full,
                "station": rng.choice(["Shell", "BP", "Esso", "Texaco"]),
            })
    rng.shuffle(transactions)
    report = fuel_economy(transactions)
    rated = [(row["l_per_100km"], vehicle) for vehicle, row in report.items() if row["l_per_100km"] is not None]
    anomalies = sum(len(row["anomalies"]) for row in report.values())
    print(len(report), "vehicles; thirstiest:", max(rated), "most economical:", min(rated), "; anomalies:", anomalies)


if __name__ == "__main__":
    main()
