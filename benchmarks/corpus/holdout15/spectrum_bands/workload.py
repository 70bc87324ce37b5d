"""A week of sweeps from the monitoring station, checked against the allocation table."""

import random

from spectrum.bandplan import Band
from spectrum.survey import label_emissions


def main() -> None:
    rng = random.Random(1701)
    plan = []
    start = 9
    services = ["fixed", "mobile", "broadcasting", "aeronautical mobile", "maritime mobile", "amateur", "radiolocation",
                "radionavigation", "space operation", "meteorological aids", "ISM", "land mobile", "PMR446", "SRD"]
    while len(plan) < 420:
        width = rng.choice([5, 10, 25, 100, 250, 1000, 5000, 20000])
        if rng.random() < 0.15:
            start += rng.choice([1, 10, 50])  # guard band
        plan.append(Band(start, start + width, f"{rng.choice(services)} {len(plan):03d}", rng.random() > 0.12))
        start += width
    rng.shuffle(plan)
    top = start
    licences = [(f"CS{n:04d}", band) for n in range(300) for band in rng.sample(plan, 3)]
    licensed = [(callsign, band.service) for callsign, band in licences]
    emissions = []
    for number in range(100000):
        if rng.random() < 0.5:
            callsign, band = rng.choice(licences)
            frequency = rng.randrange(band.start_khz, band.stop_khz)
        else:
            callsign = f"CS{rng.randrange(360):04d}" if rng.random() < 0.7 else None
            frequency = rng.randint(9, top + 5000)
        emissions.append({"id": f"E{number:06d}", "freq_khz": frequency, "callsign": callsign,
                          "bandwidth_khz": rng.choice([12.5, 25, 200])})
    result = label_emissions(emissions, plan, licensed)
    print(len(emissions), "emissions over", len(plan), "bands;", result["counts"]["unallocated"], "unallocated;",
          len(result["findings"]), "findings")


if __name__ == "__main__":
    main()
