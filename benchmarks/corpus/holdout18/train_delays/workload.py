"""Build yesterday's punctuality report from the timetable extract and the train-describer feed."""

import random
from datetime import datetime, timedelta

from delayboard.report import punctuality

FORMAT = "%Y-%m-%d %H:%M:%S"


def network(rng):
    lines = []
    for number in range(8):
        stations = [f"{chr(65 + number)}{rng.choice('BCDFGHKLMNPRST')}{rng.choice('AEIOU')}{index:02d}"
                    for index in range(rng.randint(9, 14))]
        lines.append((number, stations))
    return lines


def day_of_running(rng, lines):
    schedule, events = [], []
    day = datetime(2024, 3, 12)
    for number, stations in lines:
        for direction, calling in enumerate([stations, stations[::-1]]):
            departure = day + timedelta(hours=6, minutes=rng.randint(0, 20))
            service = 0
            while departure.hour < 22:
                headcode = f"{2 + direction}{chr(65 + number)}{service % 100:02d}"
                service += 1
                planned = departure
                delay = max(-1.5, rng.gauss(1, 3)) if rng.random() < 0.9 else rng.uniform(5, 40)
                cancelled_from = len(calling) if rng.random() < 0.97 else rng.randrange(len(calling))
                for index, station in enumerate(calling):
                    planned += timedelta(minutes=rng.choice([3, 4, 5, 6, 8]))
                    schedule.append({"train": headcode, "station": station, "planned": planned.strftime(FORMAT)})
                    delay = max(-1.5, delay + rng.gauss(0.1, 0.8))
                    if index >= cancelled_from:
                        continue
                    arrival = planned + timedelta(minutes=delay)
                    events.append({"train": headcode, "station": station, "event": "ARR",
                                   "recorded": arrival.strftime(FORMAT)})
                    events.append({"train": headcode, "station": station, "event": "DEP",
                                   "recorded": (arrival + timedelta(seconds=rng.randint(30, 90))).strftime(FORMAT)})
                departure += timedelta(minutes=rng.choice([20, 30, 30]))
    events.sort(key=lambda event: event["recorded"])
    return schedule, events


def main() -> None:
    rng = random.Random(1825)
    schedule, events = day_of_running(rng, network(rng))
    report = punctuality(schedule, events)
    arrived = sum(row["arrived"] for row in report["stations"].values())
    on_time = sum(round(row["on_time_pct"] * row["arrived"] / 100) for row in report["stations"].values()
                  if row["arrived"])
    print("stops", len(schedule), "events", len(events), "arrived", arrived, "PPM", round(100 * on_time / arrived, 1))
    print("worst", report["late"][:3])
    print("missing", sum(row["missing"] for row in report["trains"].values()))


if __name__ == "__main__":
    main()
