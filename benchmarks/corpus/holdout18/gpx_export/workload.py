"""Build the GPX download of one customer's trips for the last week."""

import math
import random

from gpxwrite.export import export_trips

VEHICLES = ["VAN-01 (LK19 XRT)", "VAN-02 (LK19 XRU)", "VAN-03 (LR20 BNM)", "Truck 7 <reefer>", "Bike courier 'Sam'"]


def trip(rng, vehicle, number, start):
    points = []
    lat, lon = 51.5 + rng.uniform(-0.1, 0.1), -0.12 + rng.uniform(-0.15, 0.15)
    heading = rng.uniform(0, 2 * math.pi)
    elevation = rng.uniform(5, 60)
    epoch = start
    for _ in range(rng.randint(250, 450)):
        speed = max(0.0, rng.gauss(9, 4))
        heading += rng.gauss(0, 0.3)
        lat += math.cos(heading) * speed * 10 / 111_000
        lon += math.sin(heading) * speed * 10 / 69_000
        elevation += rng.gauss(0, 0.8)
        points.append((epoch, round(lat, 7), round(lon, 7), round(elevation, 2) if rng.random() < 0.95 else None,
                       round(speed, 3) if rng.random() < 0.6 else None))
        epoch += 10 if rng.random() < 0.985 else rng.randint(320, 1800)
    rng.shuffle(points[-20:])
    return {"vehicle": vehicle, "trip_id": f"T{number:05d}", "kind": "delivery", "points": points}


def main() -> None:
    rng = random.Random(31)
    start = 1_717_400_000
    trips = [trip(rng, rng.choice(VEHICLES), number, start + number * 5400) for number in range(11)]
    document = export_trips(trips, name="Acme Deliveries & Co. - week 23")
    print("points", sum(len(t["points"]) for t in trips), "bytes", len(document.encode()))
    print("segments", document.count("<trkseg>"), "lines", document.count("\n"))


if __name__ == "__main__":
    main()
