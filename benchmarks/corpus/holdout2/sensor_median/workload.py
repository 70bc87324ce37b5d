"""Clean a day of 1 Hz vibration readings from a pump before alerting on them."""

import math
import random

from telemetry.smoothing import rolling_median


def readings(rng: random.Random, count: int):
    for second in range(count):
        value = 20.0 + 3.0 * math.sin(second / 600) + rng.gauss(0, 0.4)
        if rng.random() < 0.01:
            value += rng.choice([-1, 1]) * rng.uniform(15, 40)  # electrical spikes
        yield round(value, 2)


def main() -> None:
    rng = random.Random(86400)
    smooth = list(rolling_median(readings(rng, 60000), window=301))
    alerts = sum(1 for value in smooth if value > 22.5)
    print(len(smooth), round(min(smooth), 2), round(max(smooth), 2), alerts)


if __name__ == "__main__":
    main()
