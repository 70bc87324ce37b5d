"""Count a week's port calls per area from the AIS receivers' position reports, for the utilisation report."""

import random
from collections import Counter
from datetime import datetime, timedelta

from portcalls.areas import Harbour
from portcalls.calls import detect_port_calls
from portcalls.reports import PositionReport

AREAS = [
    Harbour("Container terminal", 51.950, 51.965, 4.020, 4.060),
    Harbour("Bulk basin", 51.935, 51.950, 4.060, 4.100),
    Harbour("Ferry terminal", 51.970, 51.978, 4.100, 4.120),
    Harbour("Tanker jetties", 51.920, 51.935, 4.000, 4.040),
    Harbour("Outer anchorage", 51.980, 52.060, 3.800, 3.950),
]


def main() -> None:
    rng = random.Random(1852)
    start = datetime(2024, 5, 6)
    reports = []
    for vessel in range(22):
        mmsi = 244000000 + vessel * 137
        when = start + timedelta(minutes=rng.randint(0, 600))
        while when < start + timedelta(days=7):
            area = rng.choice(AREAS)
            stay = rng.randint(20, 900)
            for _ in range(stay // 3):
                lat = rng.uniform(area.south, area.north)
                lon = rng.uniform(area.west, area.east)
                sog = 0.0 if rng.random() < 0.8 else round(rng.uniform(0.1, 6.0), 1)
                reports.append(PositionReport(mmsi, when.strftime("%Y-%m-%dT%H:%M:%SZ"), lat, lon, sog))
                when += timedelta(minutes=3, seconds=rng.randint(-20, 20))
                if rng.random() < 0.004:
                    when += timedelta(minutes=rng.randint(60, 200))
            for _ in range(rng.randint(5, 40)):
                reports.append(PositionReport(mmsi, when.strftime("%Y-%m-%dT%H:%M:%SZ"), 52.2 + rng.random(), 3.5, 12.0))
                when += timedelta(minutes=6)
    rng.shuffle(reports)
    calls = detect_port_calls(reports, AREAS)
    per_area = Counter(call.harbour for call in calls)
    hours = sum(call.minutes for call in calls) / 60
    print(f"{len(reports)} reports, {len(calls)} port calls, {hours:.0f} vessel-hours in port")
    for area, count in sorted(per_area.items()):
        print(f"  {area:20s} {count:4d}")


if __name__ == "__main__":
    main()
