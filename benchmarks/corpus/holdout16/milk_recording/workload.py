"""Herd reports after the monthly recording, for a group of farms sharing one recording file."""

import random
from datetime import date, timedelta

from dairyherd.report import herd_report


def main() -> None:
    rng = random.Random(305)
    calvings = {}
    records = []
    first_recording = date(2023, 9, 4)
    for number in range(1900):
        cow = f"UK{rng.randint(100000, 999999)}{number:05d}"
        calving = first_recording + timedelta(days=rng.randint(-60, 150))
        calvings[cow] = calving.isoformat()
        peak = rng.uniform(32, 48)
        for month in range(12):
            day = first_recording + timedelta(days=30 * month + rng.randint(0, 3))
            dim = (day - calving).days
            if dim < -200:
                continue
            if dim < 0:
                milk = round(rng.uniform(8, 20), 1)
            else:
                milk = round(max(4.0, peak * (1 - 0.0025 * abs(dim - 50)) + rng.gauss(0, 2)), 1)
            records.append({"cow": cow, "date": day.isoformat(), "milk_kg": milk,
                            "fat_pct": round(rng.uniform(3.4, 5.2), 2), "protein_pct": round(rng.uniform(2.9, 3.8), 2),
                            "scc": int(rng.lognormvariate(4.1, 0.75))})
    records.sort(key=lambda record: record["date"])
    del calvings[next(iter(calvings))]  # calving not yet reported
    report = herd_report(records, calvings)
    print(len(records), "test-day records;", report["herd"]["cows"], "cows;", "mean 305-d", report["herd"]["mean_305"],
          "kg;", len(report["herd"]["mastitis_watch"]), "on mastitis watch;", len(report["missing"]), "missing")


if __name__ == "__main__":
    main()
