"""Count the annual committee election of a large members' association."""

import itertools
import random

from elections.runoff import instant_runoff


def main() -> None:
    rng = random.Random(2024)
    candidates = [f"{rng.choice(['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay'])} {chr(65 + n % 26)}{n}" for n in range(48)]
    cumulative = list(itertools.accumulate(rng.random() ** 2 + 0.05 for _ in candidates))
    ballots = []
    for _ in range(16000):
        picks = rng.choices(candidates, cum_weights=cumulative, k=rng.randint(1, 18))
        ballots.append(list(dict.fromkeys(picks)))
    result = instant_runoff(candidates, ballots)
    print(result.winner, len(result.rounds), result.exhausted)


if __name__ == "__main__":
    main()
