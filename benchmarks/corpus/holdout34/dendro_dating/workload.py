"""Date the cores taken from a timber-framed hall's roof for the survey report."""

import random

from dendro_dating.crossdate import crossdate
from dendro_dating.report import felling_range, verdict
from dendro_dating.series import Chronology


def climate_signal(rng: random.Random, first_year: int, years: int) -> dict[int, float]:
    signal, level = {}, 0.0
    for year in range(first_year, first_year + years):
        level = 0.6 * level + rng.gauss(0, 0.25)
        signal[year] = level
    return signal


def tree(rng: random.Random, signal: dict[int, float], first_year: int, years: int) -> list[float]:
    widths, vigour = [], rng.uniform(180, 260)
    for age, year in enumerate(range(first_year, first_year + years)):
        trend = vigour * (0.35 + 0.65 * (0.985 ** age))
        widths.append(round(max(trend * (1 + signal[year] + rng.gauss(0, 0.18)), 8)))
    return widths


def main() -> None:
    rng = random.Random(34303)
    signal = climate_signal(rng, 900, 1100)
    master = Chronology("MIDLANDS-OAK", 1000, [])
    trees = [tree(rng, signal, 1000, 1000) for _ in range(8)]
    master.widths = [sum(column) / len(column) for column in zip(*trees)]
    cores = [(1418, 112, 14), (1532, 86, 0), (1290, 140, 22), (1611, 95, 9), (1176, 128, 31)]
    for last_ring, rings, sapwood in cores:
        sample = tree(rng, signal, last_ring - rings + 1, rings)
        matches = crossdate(sample, master)
        print(verdict(matches), felling_range(matches[0].end_year, sapwood), [m.t for m in matches[:3]])


if __name__ == "__main__":
    main()
