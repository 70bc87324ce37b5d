"""Simulate a week at a busy station locker bank to size the next installation."""

import random

from lockers.assign import SIZES, assign_parcels, occupancy


def main() -> None:
    rng = random.Random(1840)
    lockers = []
    for column in range(40):
        for row in range(16):
            size = "S" if row < 8 else "M" if row < 12 else "L" if row < 15 else "XL"
            lockers.append((f"C{column:02d}-R{row:02d}", size))
    rng.shuffle(lockers)
    capacity = {rank: sum(1 for _, size in lockers if SIZES[size] >= rank) for rank in SIZES.values()}

    events = []
    waiting = []
    held = {rank: 0 for rank in SIZES.values()}
    for number in range(24000):
        size = rng.choice(["S", "S", "S", "M", "M", "L", "XL"])
        fits = all(held[rank] + (SIZES[size] >= rank) <= capacity[rank] for rank in SIZES.values())
        if waiting and (not fits or rng.random() < (0.3 if len(waiting) < 250 else 0.7)):
            parcel, gone = waiting.pop(rng.randrange(len(waiting)))
            for rank in SIZES.values():
                held[rank] -= SIZES[gone] >= rank
            events.append(("pickup", parcel))
        else:
            parcel = f"P{number:06d}"
            events.append(("drop", parcel, size))
            waiting.append((parcel, size))
            for rank in SIZES.values():
                held[rank] += SIZES[size] >= rank
    where = assign_parcels(lockers, events)
    print(len(where), round(occupancy(where), 3))


if __name__ == "__main__":
    main()
