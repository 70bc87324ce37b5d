"""Annual cycle counts for the warranty report: a year of half-hourly SOC data from the storage fleet."""

import math
import random

from cyclecount.degradation import capacity_fade, depth_histogram, equivalent_full_cycles
from cyclecount.rainflow import count_cycles
from cyclecount.series import turning_points

UNITS = ["BESS-A1", "BESS-A2", "BESS-B1", "BESS-B2", "BESS-C1"]
SAMPLES_PER_DAY = 48


def soc_history(rng: random.Random, days: int) -> list[float]:
    soc = 50.0
    samples = []
    service = rng.choice(["arbitrage", "frequency", "mixed"])
    for step in range(days * SAMPLES_PER_DAY):
        hour = (step % SAMPLES_PER_DAY) / 2
        if service != "frequency":
            if 1 <= hour < 5:
                soc += 9.0
            elif 17 <= hour < 20:
                soc -= 12.0
        if service != "arbitrage":
            soc += rng.gauss(0, 3.0) + 0.4 * math.sin(step / 3.5)
        soc = min(95.0, max(5.0, soc))
        samples.append(round(soc, 1))
    return samples


def main() -> None:
    rng = random.Random(3308)
    fleet_cycles = 0.0
    for unit in UNITS:
        reversals = turning_points(soc_history(rng, 365), hysteresis=1.0)
        cycles = count_cycles(reversals)
        efc = equivalent_full_cycles(cycles)
        fleet_cycles += efc
        print(f"{unit}: {len(reversals)} reversals, {len(cycles)} ranges, {efc} equivalent full cycles, "
              f"fade {capacity_fade(efc)}%")
        print("   ", depth_histogram(cycles))
    print(f"fleet: {fleet_cycles:.1f} equivalent full cycles")


if __name__ == "__main__":
    main()
