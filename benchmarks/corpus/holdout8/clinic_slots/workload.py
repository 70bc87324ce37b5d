"""Nightly job: publish the bookable 10- to 60-minute slots for a practice's next month."""

import random

from clinic.slots import open_slots


def month_of_bookings(rng: random.Random) -> list[tuple[int, int]]:
    bookings = []
    for day in range(28):
        if day % 7 in (5, 6):
            continue
        base = day * 24 * 60
        minute = 8 * 60
        while minute < 18 * 60:
            length = rng.choice([10, 10, 15, 20, 30, 45])
            if rng.random() < 0.6:
                bookings.append((base + minute, base + minute + length))
            minute += length + rng.choice([0, 0, 5, 10])
    rng.shuffle(bookings)
    return bookings


def main() -> None:
    rng = random.Random(2024)
    total = 0
    for clinician in range(4):
        bookings = month_of_bookings(rng)
        for length in (10, 15, 20, 30, 60):
            slots = open_slots(bookings, 0, 28 * 24 * 60, length, step=5)
            total += len(slots)
    print(total)


if __name__ == "__main__":
    main()
