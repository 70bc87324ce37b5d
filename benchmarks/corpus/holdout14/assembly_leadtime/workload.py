"""Quarterly S&OP review: cumulative lead times of every assembly in the machine-tool range."""

import random

from bomtime.leadtime import lead_time_report
from bomtime.parts import Part


def main() -> None:
    rng = random.Random(77)
    levels = [[f"BUY-{n:04d}" for n in range(120)]]
    catalogue = {number: Part(number, "bought-in part", rng.randint(2, 60)) for number in levels[0]}
    for level in range(1, 11):
        numbers = [f"L{level}-{n:03d}" for n in range(14)]
        for number in numbers:
            below = levels[-1]
            picks = rng.sample(below, min(len(below), rng.randint(2, 4)))
            if level > 1:
                picks += rng.sample(levels[0], rng.randint(1, 4))
            components = tuple((pick, rng.randint(1, 12)) for pick in picks)
            catalogue[number] = Part(number, f"level {level} assembly", rng.randint(1, 8), components)
        levels.append(numbers)
    report = lead_time_report(catalogue, horizon_days=110)
    late = sorted(number for number, row in report.items() if row["late"])
    longest = max(report, key=lambda number: report[number]["days"])
    print(len(report), "assemblies;", len(late), "beyond horizon; longest:", longest, report[longest]["days"], "days via", " > ".join(report[longest]["critical_path"][:4]))


if __name__ == "__main__":
    main()
