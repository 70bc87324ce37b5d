"""Run the weekly leak screen over four weeks of smart-meter data."""

import random
from datetime import date, timedelta

from leakwatch.alerts import flag_leaks
from leakwatch.readings import Reading

DISTRICTS = ["DMA-NORTH-01", "DMA-NORTH-02", "DMA-HARBOUR", "DMA-OLDTOWN", "DMA-RIDGE", "DMA-MILLS"]


def meter_data(rng, meters, days):
    start = date(2024, 2, 5)
    households = []
    for number in range(meters):
        occupants = rng.choice([1, 1, 2, 2, 2, 3, 4, 5])
        leak_start = rng.randrange(days) if rng.random() < 0.08 else None
        households.append((f"WM{7_000_000 + number * 37}", rng.choice(DISTRICTS), occupants, leak_start,
                           rng.choice([40, 90, 250, 600])))
    readings = []
    for offset in range(days):
        day = (start + timedelta(days=offset)).isoformat()
        for meter, district, occupants, leak_start, leak_rate in households:
            litres = int(occupants * rng.gauss(140, 35)) + (60 if offset % 7 >= 5 else 0)
            night = max(0, int(rng.gauss(3, 4)))
            if leak_start is not None and offset >= leak_start:
                litres += leak_rate * 12
                night += leak_rate // 6
            readings.append(Reading(meter, district, day, max(litres, 0), night))
    rng.shuffle(readings)
    return readings


def main() -> None:
    rng = random.Random(1987)
    readings = meter_data(rng, 300, 28)
    alerts = flag_leaks(readings, sigma=2.5, night_threshold=25, min_days=3)
    print("readings", len(readings), "alerts", len(alerts), "meters", len({alert.meter for alert in alerts}))
    for alert in alerts[:3]:
        print(alert)


if __name__ == "__main__":
    main()
