"""End-of-season report: wheat variety performance across the station's RCB trials."""

import random

from fieldtrial.blocks import relative_performance


def main() -> None:
    rng = random.Random(1848)
    varieties = [f"WH-{n:03d}" for n in range(64)]
    potential = {variety: rng.uniform(6.5, 10.5) for variety in varieties}
    plots = []
    for trial in range(12):
        site = rng.uniform(0.7, 1.2)
        for block in range(1, 11):
            fertility = rng.uniform(0.9, 1.1)
            order = varieties[:]
            rng.shuffle(order)
            for variety in order:
                lost = rng.random() < 0.03
                value = None if lost else round(potential[variety] * site * fertility * rng.gauss(1, 0.06), 2)
                plots.append({"trial": f"2024-SITE{trial}", "block": block, "variety": variety, "yield_t_ha": value,
                              "plot_id": len(plots) + 1})
    summary = relative_performance(plots)
    best = min(summary, key=lambda variety: summary[variety]["rank"])
    print(len(plots), "plots,", len(summary), "varieties; top:", best, summary[best])


if __name__ == "__main__":
    main()
