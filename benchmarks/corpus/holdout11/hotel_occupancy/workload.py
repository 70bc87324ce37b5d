"""Nightly revenue-management run: a year of occupancy figures for a 1,500-room resort complex."""

import random
from datetime import date, timedelta

from roomnights.occupancy import nightly_occupancy, parse_reservations


def main() -> None:
    rng = random.Random(2024)
    start = date(2023, 12, 1)
    lines = ["code,arrival,departure,rooms,rate"]
    for n in range(60000):
        arrival = start + timedelta(days=rng.randint(0, 400))
        stay = rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 7, 14])
        rooms = 1 if rng.random() < 0.9 else rng.randint(2, 12)
        rate = round(rng.uniform(89, 320) * (0.85 if stay >= 7 else 1.0), 2)
        lines.append(f"R{n:06d},{arrival},{arrival + timedelta(days=stay)},{rooms},{rate}")
    reservations = parse_reservations("\n".join(lines) + "\n")
    rows = nightly_occupancy(reservations, date(2024, 1, 1), date(2024, 12, 31), 1500)
    busiest = max(rows, key=lambda row: row["sold"])
    total = round(sum(row["revenue"] for row in rows), 2)
    mean_occ = round(sum(row["occupancy"] for row in rows) / len(rows), 1)
    print(len(rows), busiest["night"], busiest["sold"], total, mean_occ)


if __name__ == "__main__":
    main()
