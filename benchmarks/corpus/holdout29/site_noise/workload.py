"""Compliance check of one working day (07:00-19:00) at the site's two boundary noise monitors."""

import math
import random
from datetime import datetime, timedelta

from site_noise.compliance import exceedances
from site_noise.levels import rolling_statistical_levels
from site_noise.readings import parse_monitor_export

LIMIT_L10_DB = 75.0


def monitor_export(rng: random.Random, start: datetime, seconds: int, base: float) -> str:
    """A monitor's CSV export: traffic background, breaker and piling bursts, and a few outages."""
    rows = ["time,laeq_db"]
    burst_until, burst_level = -1, 0.0
    for second in range(seconds):
        if second % 3600 < 4 and second > 0:
            continue
        if second > burst_until and rng.random() < 0.004:
            burst_until, burst_level = second + rng.randint(30, 600), rng.uniform(8, 22)
        level = base + 4 * math.sin(second / 900) + rng.gauss(0, 2.5)
        if second <= burst_until:
            level = 10 * math.log10(10 ** (level / 10) + 10 ** ((base + burst_level) / 10))
        rows.append(f"{(start + timedelta(seconds=second)).isoformat()},{level:.1f}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(2903)
    day = datetime(2024, 5, 14, 7)
    for name, base in (("north boundary", 58.0), ("school gate", 54.0)):
        start, levels = parse_monitor_export(monitor_export(rng, day, 12 * 3600, base))
        rolling = rolling_statistical_levels(levels, window=300)
        l10 = [None if value is None else value[0] for value in rolling]
        found = exceedances(start, l10, LIMIT_L10_DB)
        background = sorted(value[1] for value in rolling if value is not None)
        print(f"{name}: {len(levels)} s logged, median L90 {background[len(background) // 2]:.1f} dB, "
              f"{len(found)} L10 exceedances, longest {max((e.seconds for e in found), default=0)} s")


if __name__ == "__main__":
    main()
