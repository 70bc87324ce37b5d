"""Plan next week's observing run: visibility windows for every target on the list, night by night."""

import math
import random
from datetime import datetime, timedelta

from skyplan.astro import Site, Target
from skyplan.plan import visibility_windows


def main() -> None:
    rng = random.Random(1610)
    site = Site("Campus Observatory", 52.2053, 0.1218)
    targets = []
    for number in range(480):
        ra = rng.uniform(0, 360)
        dec = math.degrees(math.asin(rng.uniform(-0.55, 0.98)))
        kind = rng.choice(["NGC", "IC", "HD", "V*", "SN"])
        targets.append(Target(f"{kind} {number * 13 + 7}", round(ra, 4), round(dec, 4)))
    observable = 0
    hours_total = 0.0
    best = None
    first_night = datetime(2024, 10, 7, 16, 30)
    for night in range(7):
        plan = visibility_windows(targets, site, first_night + timedelta(days=night), hours=15.0, step_minutes=5)
        for name, entry in plan.items():
            if entry["windows"]:
                observable += 1
                hours_total += sum((last - first).total_seconds() / 3600 for first, last in entry["windows"])
                if best is None or entry["peak_altitude"] > best[0]:
                    best = (entry["peak_altitude"], name, night)
    print(observable, "target-nights observable,", round(hours_total, 1), "hours in total; highest:", best)


if __name__ == "__main__":
    main()
