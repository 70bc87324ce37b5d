"""End-of-season survey report: relative abundance per camera station and species."""

import random
from datetime import datetime, timedelta

from traplog.detections import Detection
from traplog.events import relative_abundance

SPECIES = ["Red fox", "Roe deer", "Wild boar", "European badger", "Pine marten", "Eurasian lynx", "Red deer", "Brown hare",
           "Stone marten", "Wildcat", "Grey wolf", "Red squirrel", "Western capercaillie", "Eurasian otter", "Moose",
           "Raccoon dog", "Domestic cat", "Domestic dog", "Human", "Hedgehog", "Golden jackal", "Least weasel",
           "Stoat", "Eurasian jay", "Common blackbird", "Brown bear", "Wood mouse", "Polecat"]


def main() -> None:
    rng = random.Random(2023)
    stations = [f"CT{n:02d}" for n in range(1, 121)]
    weights = [1 / (rank + 1) ** 1.3 for rank in range(len(SPECIES))]
    start = datetime(2023, 5, 1)
    detections = []
    for _ in range(20_000):  # visits, each a burst of images
        station = rng.choice(stations)
        species = rng.choices(SPECIES, weights)[0]
        when = start + timedelta(seconds=rng.randrange(120 * 86400))
        group = rng.choice([1, 1, 1, 2, 3, 5])
        for _ in range(rng.choice([1, 1, 2, 3, 6])):
            detections.append(Detection(station, species, when.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(1, group)))
            when += timedelta(seconds=rng.choice([1, 2, 30, 90, 600, 1500]))
    trap_nights = {station: rng.randint(60, 120) for station in stations[:-3]}
    summary = relative_abundance(detections, trap_nights)
    lynx = sum(species.get("Eurasian lynx", {}).get("events", 0) for species in summary.values())
    print("detections", len(detections), "stations", len(summary), "lynx events", lynx)
    print("CT01", {name: entry["rai"] for name, entry in list(summary["CT01"].items())[:5]})


if __name__ == "__main__":
    main()
