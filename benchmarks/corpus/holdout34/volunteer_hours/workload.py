"""Check the year's shift logs before the volunteer awards evening."""

import random
from datetime import date, timedelta

from volunteer_hours.awards import accepted_hours, certificates
from volunteer_hours.checks import flag_conflicts


def main() -> None:
    rng = random.Random(35010)
    volunteers = [f"V{n:03d}" for n in range(1, 341)]
    regular = {volunteer: rng.sample(range(6), rng.randint(1, 3)) for volunteer in volunteers}
    entries = []
    day = date(2024, 1, 1)
    while day < date(2025, 1, 1):
        if day.weekday() < 6:
            for volunteer in volunteers:
                if day.weekday() in regular[volunteer] and rng.random() < 0.22:
                    start = rng.choice([8 * 60, 9 * 60, 9 * 60 + 30, 13 * 60, 14 * 60])
                    entry = {"volunteer": volunteer, "date": day.isoformat(), "start": start,
                             "end": start + rng.choice([120, 180, 180, 240]),
                             "site": rng.choice(["Warehouse", "Church hall", "Van round"])}
                    entries.append(entry)
                    if rng.random() < 0.05:  # pressed submit twice
                        entries.append(dict(entry))
                    if rng.random() < 0.03:  # logged the afternoon too, with a typo in the times
                        entries.append({**entry, "start": entry["end"] - 30, "end": entry["end"] + 120})
        day += timedelta(days=1)
    results = flag_conflicts(entries)
    hours = accepted_hours(entries, results)
    flagged = sum(1 for _, status, _ in results if status != "ok")
    print(len(entries), flagged, certificates(hours)[:3])


if __name__ == "__main__":
    main()
