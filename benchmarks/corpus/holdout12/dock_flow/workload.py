"""Monthly rebalancing plan: which stations fill up or run dry at which hours."""

import datetime
import random

from dockflow.flows import Trip, hourly_flows

DISTRICTS = ["Harbour", "Old Town", "University", "Station", "Riverside", "Market", "Hospital", "Park", "Stadium", "Tech Park"]


def trip_export(rng: random.Random) -> list[Trip]:
    stations = [f"{district} {n}" for district in DISTRICTS for n in range(1, 13)]
    commuter_home = stations[:60]
    commuter_work = stations[60:]
    first = datetime.date(2024, 6, 1)
    dates = [(first + datetime.timedelta(days=day)).isoformat() for day in range(32)]

    def stamp(minute: int) -> str:
        day, minute = divmod(minute, 1440)
        return f"{dates[day]} {minute // 60:02d}:{minute % 60:02d}"

    trips = []
    for day in range(30):
        weekday = (first + datetime.timedelta(days=day)).weekday() < 5
        for _ in range(rng.randint(5200, 6200) if weekday else rng.randint(2600, 3300)):
            if weekday and rng.random() < 0.6:
                morning = rng.random() < 0.5
                hour = rng.choice([7, 8, 8, 9]) if morning else rng.choice([16, 17, 17, 18])
                origin, destination = (rng.choice(commuter_home), rng.choice(commuter_work)) if morning else (rng.choice(commuter_work), rng.choice(commuter_home))
            else:
                hour = rng.choice(range(6, 24))
                origin, destination = rng.choice(stations), rng.choice(stations)
            start = day * 1440 + hour * 60 + rng.randint(0, 59)
            end = start + max(1, int(rng.expovariate(1 / 14)))
            if rng.random() < 0.002:
                end = start - rng.randint(1, 90)
            trips.append(Trip(f"B{rng.randint(1, 1800):04d}", origin, destination, stamp(start), stamp(end)))
    return trips


def main() -> None:
    rng = random.Random(1817)
    trips = trip_export(rng)
    report = hourly_flows(trips, weekdays_only=True)
    fills = max(report.stations.items(), key=lambda item: max(item[1].net))
    drains = min(report.stations.items(), key=lambda item: min(item[1].net))
    print(f"trips={len(trips)} stations={len(report.stations)} weekdays={report.days} rejected={report.rejected}")
    print(f"fills fastest: {fills[0]} (+{max(fills[1].net)} at {fills[1].net.index(max(fills[1].net)):02d}h); "
          f"drains fastest: {drains[0]} ({min(drains[1].net)} at {drains[1].net.index(min(drains[1].net)):02d}h)")


if __name__ == "__main__":
    main()
