"""The brewers' morning round: status and stall alerts for every fermenter logged this month."""

import math
import random
from datetime import datetime, timedelta

from brewlog.attenuation import batch_status
from brewlog.readings import Reading
from brewlog.stalls import stall_alerts

STYLES = {"pale ale": (1.050, 1.010), "stout": (1.062, 1.010), "lager": (1.048, 1.009), "IPA": (1.066, 1.009), "saison": (1.055, 1.004)}


def fermenter_log(rng: random.Random, batch: str, start: datetime, minutes: int) -> list[Reading]:
    """Readings every ``minutes`` for one batch: a logistic fall in gravity, sometimes with a stuck spell."""
    original, final = STYLES[rng.choice(sorted(STYLES))]
    days = rng.uniform(9, 13)
    stall_from = rng.uniform(2.5, 4.5) if rng.random() < 0.4 else None
    readings = []
    t = 0.0
    hours = 0.0
    while hours < days * 24:
        rate = 0.0 if stall_from is not None and stall_from * 24 <= hours < (stall_from + 2) * 24 else 1.0
        t += rate * minutes / 60
        gravity = final + (original - final) / (1 + math.exp((t - 60) / 14))
        when = start + timedelta(minutes=round(hours * 60))
        readings.append(Reading(batch, when.strftime("%Y-%m-%d %H:%M"), round(gravity + rng.gauss(0, 0.00015), 4),
                                round(rng.gauss(19.0, 0.4), 1)))
        hours += minutes / 60
    return readings


def main() -> None:
    rng = random.Random(1516)
    readings = []
    for number in range(1, 10):
        start = datetime(2024, 3, 1, 8, 0) + timedelta(hours=rng.randint(0, 14 * 24))
        readings.extend(fermenter_log(rng, f"FV{number:02d}", start, minutes=30))
    rng.shuffle(readings)
    alerts = stall_alerts(readings)
    status = batch_status(readings)
    print(f"{len(readings)} readings from {len(status)} fermenters, {len(alerts)} stall alerts")
    for batch, taken_at, drop in alerts[:5]:
        print(f"  {batch} stalled at {taken_at} (fell {drop:.4f} in 24 h)")
    for batch, (gravity, attenuation, abv) in list(status.items())[:3]:
        print(f"  {batch}: SG {gravity:.4f}, attenuation {attenuation}%, ABV {abv}%")


if __name__ == "__main__":
    main()
