"""Forecast repair times for the past year's pothole reports (with a bad freeze-thaw winter)."""

import math
import random

from pothole_repairs.replay import replay_repairs
from pothole_repairs.targets import compliance

GANGS = {"north": 2, "east": 1, "south": 2, "west": 1}
WORKING_DAY = 510


def main() -> None:
    rng = random.Random(34505)
    defects = []
    for day in range(250):
        # Reports surge after each freeze-thaw spell in January and February.
        surge = 1 + 2.5 * math.exp(-((day - 55) / 18) ** 2) + 1.2 * math.exp(-((day - 85) / 10) ** 2)
        for _ in range(int(rng.gauss(52, 8) * surge)):
            category = rng.choices([1, 2, 3, 4], weights=[4, 16, 45, 35])[0]
            defects.append({
                "ref": f"PH{len(defects):06d}",
                "reported": day * WORKING_DAY + rng.randrange(WORKING_DAY),
                "category": category,
                "road": rng.choices("ABCU", weights=[15, 15, 25, 45])[0],
                "depot": rng.choice(list(GANGS)),
                "repair_minutes": int(rng.uniform(20, 75) if category > 1 else rng.uniform(40, 120)),
            })
    results = replay_repairs(defects, GANGS)
    print(len(results), compliance(results, defects))


if __name__ == "__main__":
    main()
