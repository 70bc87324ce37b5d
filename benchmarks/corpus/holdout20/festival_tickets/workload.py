"""Closing-night box-office report: every screening of the ten-day festival with its attendance and takings."""

import random

from filmfest.boxoffice import film_totals, screening_report
from filmfest.model import Sale, Screening, Venue

PRICES = [1250, 1250, 1250, 950, 950, 700, 1800, 0]


def main() -> None:
    rng = random.Random(1895)
    venues = [Venue(f"V{n:02d}", f"Venue {n}", rng.choice([60, 90, 120, 180, 250, 400, 800])) for n in range(40)]
    films = [f"Film {n:03d}" for n in range(220)]
    screenings = []
    for day in range(10):
        for venue in venues:
            for slot in rng.sample(["10:30", "13:00", "15:30", "18:00", "20:45", "23:15"], rng.randint(2, 5)):
                screenings.append(Screening(f"S{len(screenings):05d}", rng.choice(films), venue.code,
                                            f"2024-10-{10 + day:02d}T{slot}"))
    sales = []
    for order_id in range(60_000):
        screening = rng.choice(screenings)
        sales.append(Sale(order_id, screening.screening_id, rng.choice([1, 1, 2, 2, 2, 3, 4, 6]),
                          rng.choice(PRICES), refunded=rng.random() < 0.03))
    rows = screening_report(venues, screenings, sales)
    totals = film_totals(rows)
    print("screenings", len(rows), "orders", len(sales), "tickets", sum(row["tickets"] for row in rows))
    print("top films", list(totals.items())[:3])


if __name__ == "__main__":
    main()
