"""Yearly report for the consultancy's client sites from three-hourly synoptic observations."""

import math
import random
from datetime import datetime, timedelta

from degreedays.report import Observation, annual_totals, monthly_degree_days

STATIONS = {"EHAM": 10.5, "EGLL": 11.5, "LFPG": 12.0, "EDDB": 9.8, "EKCH": 8.9, "LSZH": 9.4}


def main() -> None:
    rng = random.Random(303)
    observations = []
    start = datetime(2023, 1, 1)
    for station, mean in STATIONS.items():
        when = start
        while when.year == 2023:
            if rng.random() > 0.02:
                season = -8.0 * math.cos(2 * math.pi * (when.timetuple().tm_yday - 15) / 365)
                diurnal = -3.0 * math.cos(2 * math.pi * (when.hour - 3) / 24)
                temp = round(mean + season + diurnal + rng.gauss(0, 2.5), 1)
                observations.append(Observation(station, when.strftime("%Y-%m-%dT%H:%M"), temp))
            when += timedelta(hours=3)
    rng.shuffle(observations)
    report = monthly_degree_days(observations)
    for station, (hdd, cdd) in sorted(annual_totals(report).items()):
        print(f"{station}: HDD {hdd:7.1f}  CDD {cdd:6.1f}  Jan HDD {report[station]['2023-01'][0]}")


if __name__ == "__main__":
    main()
