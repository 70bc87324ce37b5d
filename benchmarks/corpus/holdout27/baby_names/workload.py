"""The registrar's annual name statistics from six years of birth registrations."""

import random

from namerank.ranking import yearly_rankings
from namerank.records import Birth
from namerank.release import new_entries, top

SYLLABLES = ["a", "be", "la", "mi", "ro", "se", "th", "el", "ar", "is", "no", "ly", "ja", "ke", "o", "an", "ri", "ev",
             "ma", "le", "na", "ti", "ch", "ad"]
DISTRICTS = ["North", "South", "East", "West", "Central", "Harbour", "Hills"]


def invented_names(rng: random.Random, count: int) -> list[str]:
    """Distinct plausible first names built from syllables."""
    names: dict[str, None] = {}
    while len(names) < count:
        names["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()] = None
    return list(names)


def as_typed(rng: random.Random, name: str) -> str:
    """How a registration clerk might have typed the name."""
    roll = rng.random()
    if roll < 0.05:
        return name.upper()
    if roll < 0.08:
        return name.lower() + " "
    return name


def main() -> None:
    rng = random.Random(1953)
    pools = {"F": invented_names(rng, 1100), "M": invented_names(rng, 950)}
    weights = {sex: [1 / (rank + 1) ** 0.9 for rank in range(len(pool))] for sex, pool in pools.items()}
    births = []
    for year in range(2018, 2024):
        for sex, pool in pools.items():
            weights[sex] = [weight * rng.uniform(0.8, 1.25) for weight in weights[sex]]  # fashions change
            for name in rng.choices(pool, weights=weights[sex], k=rng.randint(6500, 7300)):
                births.append(Birth(year, sex, as_typed(rng, name), rng.choice(DISTRICTS)))
    rng.shuffle(births)
    rankings = yearly_rankings(births)
    for sex in ("F", "M"):
        leaders = ", ".join(f"{entry.name} ({entry.births})" for entry in top(rankings[(2023, sex)], 3))
        print(f"2023 {sex}: {leaders}; {len(new_entries(rankings, 2023, sex))} new in the top 100")
    print(sum(len(ranking) for ranking in rankings.values()), "ranked entries")


if __name__ == "__main__":
    main()
