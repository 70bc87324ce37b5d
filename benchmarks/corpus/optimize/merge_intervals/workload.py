"""Free slots of a team of forty for two weeks."""

import random

from booking.slots import free_slots


def main() -> None:
    rng = random.Random(59)
    busy = []
    for _ in range(500):
        start = rng.randrange(0, 14 * 24 * 60, 5)
        busy.append((start, start + rng.choice([10, 15, 20, 30])))
    print(len(free_slots(busy, 0, 14 * 24 * 60)))


if __name__ == "__main__":
    main()
