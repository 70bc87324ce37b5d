"""Release check for a week's refrigerated shipments (one logger reading every 10 minutes)."""

import random

from reefer.profile import shipment_profile


def logger_trace(rng: random.Random, days: int) -> list:
    readings = []
    temp = rng.uniform(3.5, 6.0)
    for step in range(days * 144):
        stamp = f"2024-06-{1 + step // 144:02d}T{(step % 144) // 6:02d}:{(step % 6) * 10:02d}"
        if rng.random() < 0.004:
            readings.append((stamp, None))
            continue
        temp += rng.gauss(0, 0.15) + (5.0 - temp) * 0.05
        if rng.random() < 0.0008:
            temp += rng.choice([-4.0, 5.0])
        readings.append((stamp, round(temp, 1)))
    return readings


def main() -> None:
    rng = random.Random(1160)
    verdicts = {}
    for shipment in range(8):
        result = shipment_profile(logger_trace(rng, rng.randint(14, 18)))
        verdicts[f"SHP-{shipment:03d}"] = (result["verdict"], round(result["final_mkt"], 2), len(result["excursions"]))
    for shipment, verdict in verdicts.items():
        print(shipment, *verdict)


if __name__ == "__main__":
    main()
