"""Build the species table of the observatory's annual ringing report."""

import datetime
import random

from ringlog.summary import Capture, species_summary

COMMON = [("Blackcap", 73, 19), ("Chiffchaff", 59, 8), ("Robin", 72, 17), ("Blue Tit", 65, 11), ("Great Tit", 75, 18),
          ("Wren", 48, 9), ("Dunnock", 69, 20), ("Goldcrest", 53, 5.5), ("Willow Warbler", 66, 9), ("Sedge Warbler", 66, 11),
          ("Reed Warbler", 65, 11), ("Blackbird", 130, 95), ("Song Thrush", 117, 72), ("Chaffinch", 88, 23), ("Goldfinch", 78, 16),
          ("Long-tailed Tit", 60, 8), ("Garden Warbler", 80, 19), ("Whitethroat", 73, 15), ("Lesser Whitethroat", 65, 12),
          ("Bullfinch", 84, 27), ("Greenfinch", 88, 28), ("Redwing", 118, 65), ("Meadow Pipit", 80, 19), ("Swallow", 125, 19)]


def ringing_log(rng: random.Random) -> list[Capture]:
    rare = [(f"Vagrant sp. {n:03d}", rng.uniform(50, 140), rng.uniform(8, 90)) for n in range(280)]
    start = datetime.date(2023, 3, 15)
    captures = []
    next_ring = 1
    rung: dict[str, list[str]] = {}
    for day in range(240):
        date = (start + datetime.timedelta(days=day)).isoformat()
        for _ in range(rng.randint(30, 420) if day % 3 else rng.randint(0, 40)):
            species, wing, mass = rng.choice(COMMON) if rng.random() < 0.93 else rng.choice(rare)
            previous = rung.get(species)
            if previous and rng.random() < 0.22:
                ring, kind = rng.choice(previous), "R"
            else:
                ring, kind = f"{'ABCDEFGHJKLX'[next_ring % 12]}{next_ring:06d}", "N"
                rung.setdefault(species, []).append(ring)
                next_ring += 1
            measured_wing = round(rng.gauss(wing, wing * 0.03)) if rng.random() < 0.8 else None
            measured_mass = round(rng.gauss(mass, mass * 0.08), 1) if rng.random() < 0.7 else None
            captures.append(Capture(date, species, ring, kind, measured_wing, measured_mass))
    return captures


def main() -> None:
    rng = random.Random(1966)
    captures = ringing_log(rng)
    table = species_summary(captures)
    print(f"captures={len(captures)} species={len(table)} individuals={sum(row.individuals for row in table)}")
    for row in table[:3]:
        print(f"  {row.species}: {row.captures} ({row.new} new, {row.retraps} retraps) wing={row.mean_wing} mass={row.mean_mass}")


if __name__ == "__main__":
    main()
