"""Replay a year of pilot requests at a tidal estuary port to check the size of the pilot roster."""

import random

from pilotage.dispatch import dispatch
from pilotage.report import jobs_per_pilot, waiting_summary
from pilotage.roster import Pilot, PilotRequest

PREFIXES = ["Nordic", "Atlantic", "Baltic", "Ocean", "Maersk", "CMA", "Stena", "Coral", "Arctic", "Humber"]
SUFFIXES = ["Star", "Trader", "Spirit", "Pioneer", "Voyager", "Express", "Carrier", "Breeze", "Hope", "Leader"]
TIDE_PERIOD = 745  # minutes between high waters


def main() -> None:
    rng = random.Random(6180)
    pilots = [Pilot(f"Pilot {number:02d}", rng.choice([1, 2, 2, 3, 3, 4])) for number in range(41)]
    pilots.append(Pilot("Senior 01", 4))
    requests = []
    for tide in range(int(365 * 1440 / TIDE_PERIOD)):
        high_water = tide * TIDE_PERIOD
        for _ in range(rng.randint(80, 140)):
            ready = max(0, high_water + int(rng.gauss(-120, 90)))
            size = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
            ship = f"{rng.choice(PREFIXES)} {rng.choice(SUFFIXES)} {rng.randint(1, 99)}"
            deadline = high_water + rng.choice([60, 90, 120])
            requests.append(PilotRequest(ship, ready, max(ready, deadline), size, rng.randint(60, 150) + 20 * size))
    boardings = dispatch(requests, pilots)
    print(waiting_summary(boardings))
    busiest = list(jobs_per_pilot(boardings).items())[:3]
    print("busiest pilots:", busiest)


if __name__ == "__main__":
    main()
