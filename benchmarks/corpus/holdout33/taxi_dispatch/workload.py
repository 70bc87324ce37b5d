"""Replay four weeks of bookings through the co-operative's dispatch rule for the shift-pattern review."""

import random

from cabdispatch.dispatch import replay_bookings
from cabdispatch.fleet import Booking, Driver
from cabdispatch.report import hourly_service, jobs_per_driver
from cabdispatch.zones import read_travel_times

ZONES = [f"Z{number:02d}" for number in range(36)]
VEHICLES = ["saloon"] * 12 + ["estate"] * 4 + ["mpv"] * 3 + ["wav"]


def travel_csv(rng: random.Random) -> str:
    position = {zone: (rng.uniform(0, 12), rng.uniform(0, 12)) for zone in ZONES}
    rows = ["from,to,minutes"]
    for index, origin in enumerate(ZONES):
        for destination in ZONES[index + 1:]:
            (x1, y1), (x2, y2) = position[origin], position[destination]
            rows.append(f"{origin},{destination},{max(3, round(2.4 * (abs(x1 - x2) + abs(y1 - y2))))}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(3309)
    travel = read_travel_times(travel_csv(rng))
    totals = {"bookings": 0, "lost": 0}
    busiest = {}
    for day in range(28):
        start = day * 1440
        drivers = [Driver(f"D{number:03d}", rng.choice(ZONES), start + rng.choice([360, 420, 600, 960]),
                          rng.choice(VEHICLES), start + rng.choice([1020, 1140, 1380, 1500]))
                   for number in range(190)]
        bookings = []
        for number in range(1050):
            time = start + int(min(1439, max(0, rng.gauss(900, 260))))
            kind = rng.choices(["any", "estate", "mpv", "wav"], [85, 8, 5, 2])[0]
            bookings.append(Booking(f"B{day:02d}{number:04d}", time, rng.choice(ZONES), rng.choice(ZONES), kind))
        bookings.sort(key=lambda booking: booking.time)
        assignments = replay_bookings(bookings, drivers, travel)
        for hour, figures in hourly_service(bookings, assignments).items():
            totals["bookings"] += figures["bookings"]
            totals["lost"] += figures["lost"]
            busiest[hour] = max(busiest.get(hour, 0), figures["p90_wait"])
        jobs = jobs_per_driver(assignments)
        print(f"day {day + 1}: {len(bookings)} bookings, {sum(jobs.values())} dispatched, "
              f"most jobs for one driver {max(jobs.values())}")
    print(totals, "worst p90 wait per hour:", busiest)


if __name__ == "__main__":
    main()
