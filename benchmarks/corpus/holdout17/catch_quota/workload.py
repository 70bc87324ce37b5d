"""Replay a year of the producer organisation's landings against its members' quotas."""

import random

from quotawatch.ledger import QuotaLedger

SPECIES = ["Atlantic cod", "Haddock", "Whiting", "Saithe", "Hake", "Monkfish", "Megrim", "Plaice", "Nephrops",
           "Mackerel", "Herring", "Sole"]


def main() -> None:
    rng = random.Random(2024)
    vessels = [f"{rng.choice(['BF', 'FR', 'PD', 'LK', 'BCK', 'INS'])} {number}" for number in range(1, 261)]
    allocations = []
    fishery = {}
    for vessel in vessels:
        fishery[vessel] = rng.sample(SPECIES, rng.randint(5, 12))
        for species in fishery[vessel]:
            allocations.append((vessel, species, round(rng.uniform(5, 120), 3)))
    events = []
    for day in range(1, 366):
        for _ in range(rng.randint(40, 80)):
            vessel = rng.choice(vessels)
            species = rng.choice(fishery[vessel]) if rng.random() < 0.98 else rng.choice(SPECIES)
            if rng.random() < 0.05:
                events.append({"kind": "transfer", "date": f"2024-d{day:03d}", "from": vessel,
                               "to": rng.choice([other for other in vessels if other != vessel]),
                               "species": species.upper(), "tonnes": round(rng.uniform(1, 40), 3)})
            else:
                events.append({"kind": "landing", "date": f"2024-d{day:03d}", "vessel": vessel,
                               "species": rng.choice([species, species.lower(), f" {species} "]),
                               "tonnes": round(rng.expovariate(1 / 2.5), 3) + 0.001})
    ledger = QuotaLedger(allocations)
    alerts = ledger.replay(events)
    counts = {}
    for alert in alerts:
        counts[alert["alert"]] = counts.get(alert["alert"], 0) + 1
    print("lines", len(ledger.balances()), "events", len(events), "alerts", counts)
    print("most overfished", min(ledger.balances(), key=lambda line: line[3]))


if __name__ == "__main__":
    main()
