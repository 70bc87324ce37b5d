"""Annual compliance report for the city's PM2.5 monitors and low-cost sensors."""

import math
import random

from airwatch.rolling import exceedance_report


def main() -> None:
    rng = random.Random(25)
    series = {}
    daily = [3 * math.sin(2 * math.pi * h / 24) for h in range(24)]
    seasonal = [5 * math.cos(2 * math.pi * d / 365) for d in range(365)]
    for s in range(110):
        base = rng.uniform(6, 16)
        values = []
        outage = 0
        for hour in range(24 * 365):
            if outage:
                outage -= 1
                values.append(None)
                continue
            if rng.random() < 0.002:
                outage = rng.randint(1, 30)
            if rng.random() < 0.02:
                values.append(None)
                continue
            level = base + seasonal[hour // 24] + daily[hour % 24] + rng.gauss(0, 4)
            values.append(int(level) if level > 0 else 0)
        series[f"ST{s:02d}"] = values
    report = exceedance_report(series, limit=15.0)
    worst = max(report, key=lambda station: report[station]["exceedances"])
    print(len(report), worst, report[worst]["exceedances"], max(r["peak"] for r in report.values()), sum(r["valid_hours"] for r in report.values()))


if __name__ == "__main__":
    main()
