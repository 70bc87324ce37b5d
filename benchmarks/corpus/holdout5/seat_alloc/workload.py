"""On-sale night: seat the queue of group bookings for an arena concert."""

import random

from boxoffice.seating import SeatMap


def main() -> None:
    rng = random.Random(8080)
    widths = [80 + 2 * min(row, 30) for row in range(120)]
    blocked = [(row, seat) for row, width in enumerate(widths) for seat in (width // 2 - 1, width // 2) if row % 6 == 5]
    venue = SeatMap(widths, blocked=blocked)
    sizes = [1, 2, 2, 2, 3, 4, 4, 5, 6, 8]
    bookings = [(f"BK{n:05d}", rng.choice(sizes)) for n in range(4100)]
    result = venue.allocate(bookings)
    print(len(result.seats), len(result.unplaced), venue.free_count())


if __name__ == "__main__":
    main()
