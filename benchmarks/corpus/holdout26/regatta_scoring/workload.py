"""End-of-season results: every race of the club's handicap series scored and the series tables built."""

import random

from regatta.entries import Entry
from regatta.scoring import race_points
from regatta.series import series_standings

YARDSTICKS = {
    "ILCA7": 1100, "ILCA6": 1145, "ILCA4": 1207, "RS200": 1046, "RS400": 942, "Merlin": 906, "Solo": 1142,
    "Topper": 1365, "Wayfarer": 1102, "GP14": 1130, "Enterprise": 1119, "Finn": 1049, "Fireball": 952, "OK": 1104,
    "Mirror": 1390, "Comet": 1210, "RS Aero 7": 1063, "Streaker": 1128, "Albacore": 1040, "Phantom": 1004,
}


def fleet(rng: random.Random, size: int) -> list[tuple[str, str, float]]:
    """The boats that sail a series: sail number, class and the helm's skill (1.0 = par for the yardstick)."""
    classes = sorted(YARDSTICKS)
    return [(str(sail), rng.choice(classes), rng.uniform(0.9, 1.15)) for sail in rng.sample(range(100, 210000), size)]


def race(rng: random.Random, boats: list[tuple[str, str, float]], course_minutes: float) -> list[Entry]:
    """One race: most of the fleet turns out, a few retire or are over the line at the start."""
    entries = []
    for sail, boat_class, skill in boats:
        if rng.random() < 0.2:
            continue
        roll = rng.random()
        if roll < 0.03:
            entries.append(Entry(sail, boat_class, 0, rng.choice(["DNF", "RET", "OCS"])))
            continue
        seconds = course_minutes * 60 * YARDSTICKS[boat_class] / 1000 * skill * rng.uniform(0.97, 1.05)
        entries.append(Entry(sail, boat_class, int(seconds)))
    return entries


def main() -> None:
    rng = random.Random(1851)
    for series, size, races in (("Frostbite", 240, 60), ("Spring", 200, 52), ("Wednesday evening", 220, 64), ("Autumn", 180, 52)):
        boats = fleet(rng, size)
        scores = [race_points(race(rng, boats, rng.uniform(40, 70)), YARDSTICKS) for _ in range(races)]
        table = series_standings(scores, discards=races // 4)
        print(f"{series} series, {races} races, {len(table)} boats")
        for place, (sail, net, _) in enumerate(table[:3], start=1):
            print(f"  {place}. {sail:>7} {net:7.1f} pts")


if __name__ == "__main__":
    main()
