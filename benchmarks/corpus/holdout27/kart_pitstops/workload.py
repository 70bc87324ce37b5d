"""Plan every team's pit stops for the club's endurance series, from their practice tyre models."""

import random

from pitwall.briefing import no_stop_time, stints
from pitwall.model import RacePlan
from pitwall.strategy import best_strategy

TRACKS = {"Whilton Mill": (46.5, 53), "Buckmore Park": (52.0, 46), "Shenington": (58.5, 42), "PFI": (55.0, 47)}


def main() -> None:
    rng = random.Random(2718)
    plans = []
    for track, (base_lap, laps) in TRACKS.items():
        for team in range(4):
            plans.append((track, team, RacePlan(
                laps=laps + rng.randint(-2, 4),
                base_lap=base_lap + rng.uniform(-0.6, 0.6),
                degradation=round(rng.uniform(0.05, 0.18), 3),
                cliff_age=rng.randint(14, 24),
                cliff_penalty=round(rng.uniform(0.4, 1.5), 2),
                pit_loss=round(rng.uniform(28.0, 40.0), 1),
                min_stops=1,
                max_stops=rng.choice([3, 3, 4]),
            )))
    for track, team, plan in plans:
        strategy = best_strategy(plan)
        gain = no_stop_time(plan) - strategy.race_time
        print(f"{track:14s} team {team}: {strategy.race_time:9.3f}s stints {stints(plan, strategy)} (gain {gain:.1f}s)")


if __name__ == "__main__":
    main()
