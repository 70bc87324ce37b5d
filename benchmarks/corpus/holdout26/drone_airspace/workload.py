"""Publishing tomorrow's U-space plan: check every requested volume against every other."""

import random

from uspace.conflicts import find_conflicts
from uspace.plan import PRIORITY, conflict_counts, settle
from uspace.volumes import Reservation

HUBS = [(4000, 7000), (16400, 2400), (10200, 12200), (600, 18000), (18800, 17600), (9000, 4000)]


def requests(rng: random.Random, count: int) -> tuple[list[Reservation], dict[str, str]]:
    """A day's requests: delivery drones around the hubs, inspections and surveys across the city."""
    operators = [f"OP{n:03d}" for n in range(60)]
    reservations, purposes = [], {}
    for number in range(count):
        purpose = rng.choices(sorted(PRIORITY), weights=[1, 2, 6, 10, 40, 20, 8])[0]
        if purpose == "delivery":
            hub = rng.choice(HUBS)
            x, y = hub[0] + rng.gauss(0, 2500), hub[1] + rng.gauss(0, 2500)
        else:
            x, y = rng.uniform(0, 20000), rng.uniform(0, 20000)
        start = rng.randint(6 * 60, 21 * 60)
        floor = rng.choice([0, 0, 30, 60])
        flight_id = f"FR-{number:05d}"
        reservations.append(Reservation(flight_id, rng.choice(operators), round(x, 1), round(y, 1), rng.choice([100, 150, 250, 400]),
                                        floor, floor + rng.choice([60, 90, 120]), start, start + rng.choice([15, 20, 30, 45, 90])))
        purposes[flight_id] = purpose
    return reservations, purposes


def main() -> None:
    rng = random.Random(2035)
    reservations, purposes = requests(rng, 7000)
    conflicts = find_conflicts(reservations)
    to_replan = settle(conflicts, purposes)
    print(f"{len(reservations)} requests, {len(conflicts)} conflicting pairs, {len(to_replan)} flights to re-plan")
    print("most conflicted:", conflict_counts(conflicts)[:3])


if __name__ == "__main__":
    main()
