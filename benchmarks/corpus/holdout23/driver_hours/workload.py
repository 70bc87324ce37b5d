"""Check last month's tachograph downloads for the whole driver pool."""

import random
from datetime import datetime, timedelta

from tacho.activities import Activity
from tacho.hours import driving_summary
from tacho.weekly import weekly_findings


def main() -> None:
    rng = random.Random(5612006)
    activities = []
    for number in range(190):
        driver = f"DGB{1000000 + number * 37:07d}"
        clock = datetime(2024, 3, 1, rng.randint(4, 7), rng.choice([0, 15, 30, 45]))
        for _ in range(28):
            shift_end = clock + timedelta(hours=rng.uniform(8, 13))
            while clock < shift_end:
                kind = rng.choices(["drive", "work", "available", "rest"], [5, 2, 1, 2])[0]
                length = timedelta(minutes=rng.choice([5, 10, 15, 20, 30, 45, 60, 90, 120, 150]))
                activities.append(Activity(driver, kind, clock.strftime("%Y-%m-%d %H:%M:%S"),
                                           (clock + length).strftime("%Y-%m-%d %H:%M:%S")))
                clock += length
            rest = timedelta(hours=rng.uniform(9, 15))
            activities.append(Activity(driver, "rest", clock.strftime("%Y-%m-%d %H:%M:%S"),
                                       (clock + rest).strftime("%Y-%m-%d %H:%M:%S")))
            clock += rest
    summary = driving_summary(activities)
    findings = weekly_findings(summary["driving"])
    print("activities", len(activities), "long days", len(summary["long_days"]), "breaches", len(summary["breaches"]),
          "weekly findings", len(findings))


if __name__ == "__main__":
    main()
