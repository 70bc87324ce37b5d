"""Fill-weight chart for one week of a 500 ml bottling line (five bottles every 15 minutes)."""

import random

from controlchart.chart import evaluate_chart


def fill_weights(rng: random.Random, count: int) -> list:
    subgroups = []
    drift = 0.0
    for index in range(count):
        if index > 300 and rng.random() < 0.01:
            drift += rng.choice([-0.4, 0.3, 0.6])
        if index % 96 == 0:
            drift *= 0.3  # nozzles re-calibrated at the start of each day
        nominal = 502.0 + drift
        spread = 1.1 if rng.random() > 0.01 else 3.5
        subgroups.append([round(rng.gauss(nominal, spread), 2) for _ in range(5)])
    return subgroups


def main() -> None:
    rng = random.Random(672)
    subgroups = fill_weights(rng, 620)
    result = evaluate_chart(subgroups, baseline=25)
    limits = result["limits"]
    print(f"centre {limits.center:.3f} limits {limits.lower:.3f}..{limits.upper:.3f} rbar {limits.range_center:.3f}")
    counts = {}
    for _, _, _, signals in result["points"]:
        for signal in signals:
            counts[signal] = counts.get(signal, 0) + 1
    print("flagged", len(result["flagged"]), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
