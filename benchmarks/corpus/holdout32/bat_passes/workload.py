"""Group this season's detector calls into passes for the bat survey report."""

import random

from bat_passes.activity import activity_index, passes_per_night
from bat_passes.calls import Call
from bat_passes.passes import group_passes

SPECIES = ["PIPPIP"] * 10 + ["PIPPYG"] * 6 + ["NYCNOC"] * 3 + ["MYOSP"] * 2 + ["PLESP", "BARBAR", "EPTSER", "PIPNAT"]


def survey(rng: random.Random) -> list[Call]:
    calls = []
    detectors = [f"SM4-{number:02d}" for number in range(1, 9)]
    nights = [f"2024-{month:02d}-{day:02d}" for month in (4, 5, 6, 7, 8, 9) for day in (3, 10, 17, 24)]
    for detector in detectors:
        for night in nights:
            clock = 0.0
            for _ in range(rng.randint(8, 40)):
                clock += rng.expovariate(1 / 400)
                species = rng.choice(SPECIES)
                moment = clock
                for _ in range(rng.randint(1, 14)):
                    calls.append(Call(detector, night, round(moment, 2), species, round(rng.uniform(0.5, 1.0), 2)))
                    moment += rng.expovariate(1 / 1.6)
    rng.shuffle(calls)
    return calls


def main() -> None:
    rng = random.Random(3206)
    calls = survey(rng)
    passes = group_passes(calls)
    print(f"{len(calls)} calls in {len(passes)} passes")
    print(activity_index(passes, 8 * 24))
    print({name: sum(nights.values()) for name, nights in passes_per_night(passes).items()})


if __name__ == "__main__":
    main()
