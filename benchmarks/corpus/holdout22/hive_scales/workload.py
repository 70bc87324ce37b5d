"""Monthly hive-scale report for the association's newsletter."""

import math
import random
from datetime import datetime, timedelta

from apiary.scales import hive_report


def main() -> None:
    rng = random.Random(1606)
    body = []
    start = datetime(2024, 6, 1)
    hives = [f"{apiary}-{number:02d}" for apiary in ("Orchard", "Heath", "Allotment", "Rooftop", "Meadow") for number in range(1, 6)]
    for hive in hives:
        weight = rng.uniform(30, 55)
        probe = rng.random() < 0.8
        for step in range(30 * 48):
            when = start + timedelta(minutes=30 * step)
            hour = when.hour + when.minute / 60
            weight += 0.04 * math.sin((hour - 9) / 24 * 2 * math.pi) + rng.gauss(0.002, 0.01)
            if 10 <= hour < 16 and rng.random() < 0.0004:
                weight -= rng.uniform(1.5, 3.0)  # a swarm leaves
            temperature = f"{rng.gauss(34.5, 0.6):.1f}" if probe and rng.random() > 0.02 else ""
            body.append(f"{hive},{when.isoformat(timespec='minutes')},{weight:.2f},{temperature}")
    rng.shuffle(body)  # the scales' uploads arrive interleaved
    lines = ["hive,taken,weight_kg,temp_c"] + body
    report = hive_report(lines)
    swarms = {hive: entry["swarms"] for hive, entry in report.items() if entry["swarms"]}
    print("hives", len(report), "readings", len(lines) - 1, "swarm alerts", swarms)
    print("Orchard-01", list(report["Orchard-01"]["days"].items())[:2], report["Orchard-01"]["mean_temperature"])


if __name__ == "__main__":
    main()
