"""Annual maxima for the council's rain gauges over one hydrological year, for the IDF update."""

import random

from raingauge.gauge import Gauge, bin_tips
from raingauge.idf import annual_maxima

DURATIONS = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440]
YEAR_MINUTES = 365 * 24 * 60


def tip_log(rng):
    tips = []
    minute = 0
    while True:
        minute += int(rng.expovariate(1 / 2600))
        if minute >= YEAR_MINUTES:
            break
        length = int(rng.lognormvariate(4.5, 0.9)) + 5
        intensity = rng.lognormvariate(-1.2, 0.8)
        for offset in range(length):
            for _ in range(int(intensity * rng.random() * 3)):
                tips.append(minute + offset)
        minute += length
    return tips


def main() -> None:
    rng = random.Random(1987)
    gauges = [Gauge(f"RG{n:03d}", f"Gauge {n}") for n in range(5)]
    for gauge in gauges:
        bins = bin_tips(tip_log(rng), 0, YEAR_MINUTES, 5)
        maxima = annual_maxima(bins, DURATIONS, 5, gauge.bucket_mm)
        print(gauge.code, f"total {sum(bins) * gauge.bucket_mm:.1f} mm",
              " ".join(f"{d}:{v[0]}" for d, v in maxima.items() if v))


if __name__ == "__main__":
    main()
