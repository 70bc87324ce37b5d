"""Charger sizing study for the new 300-bus depot: a simulated year of nights per charger count."""

import random

from busdepot.charging import plan_season
from busdepot.fleet import BusReturn


def main() -> None:
    rng = random.Random(150)
    fleet = [(f"EB{n:03d}", rng.choice([350.0, 420.0, 525.0])) for n in range(300)]
    nights = []
    for night in range(365):
        weekend = night % 7 in (5, 6)
        buses = []
        for bus_id, capacity in fleet:
            if weekend and rng.random() < 0.35:
                continue
            arrive = rng.choice([480, 540, 600, 630, 660]) + rng.uniform(0, 90)  # 20:00 .. 24:30
            depart = rng.choice([960, 990, 1020, 1080]) + rng.uniform(0, 60)  # 04:00 .. 07:00
            left = capacity * rng.uniform(0.08, 0.55)
            buses.append(BusReturn(bus_id, round(arrive, 1), round(depart, 1), round(left, 1), capacity))
        nights.append(buses)
    for chargers in (44, 50, 56):
        result = plan_season(nights, chargers=chargers, power_kw=150.0)
        print(chargers, "chargers: short pull-outs", result["short_pullouts"], "energy", result["energy_mwh"], "MWh,",
              "worst night", result["worst_night"], "with", len(result["worst_short"]))


if __name__ == "__main__":
    main()
