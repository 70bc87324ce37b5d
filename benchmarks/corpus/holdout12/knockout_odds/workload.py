"""Publish the pre-tournament odds for every draw of the club championships."""

import random

from bracketodds.odds import round_odds

EVENTS = [f"{category} {division}" for category in ("Open", "35+", "45+", "55+", "U18", "U14") for division in "ABCD"]
FIRST = ["Alex", "Sam", "Jo", "Chris", "Nina", "Omar", "Priya", "Lena", "Marek", "Ines", "Tom", "Yuki", "Ben", "Ada"]
LAST = ["Moreau", "Silva", "Kowalski", "Okafor", "Berg", "Novak", "Ricci", "Haas", "Costa", "Evans", "Ito", "Byrne"]


def seeded_draw(players: list[str], ratings: dict[str, float], rng: random.Random) -> list[str]:
    ranked = sorted(players, key=lambda name: -ratings[name])
    draw: list[str | None] = [None] * len(players)
    seed_slots = [0, len(players) - 1, len(players) // 2, len(players) // 2 - 1]
    for slot, player in zip(seed_slots, ranked):
        draw[slot] = player
    rest = ranked[len(seed_slots):]
    rng.shuffle(rest)
    empty = [index for index, name in enumerate(draw) if name is None]
    for index, player in zip(empty, rest):
        draw[index] = player
    return draw  # type: ignore[return-value]


def main() -> None:
    rng = random.Random(1877)
    favourites = []
    for event in EVENTS:
        size = 32
        players, ratings = [], {}
        while len(players) < size:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name in ratings:
                name += f" ({len(players)})"
            players.append(name)
            ratings[name] = round(rng.gauss(1500, 180))
        draw = seeded_draw(players, ratings, rng)
        odds = round_odds(draw, ratings)
        favourite = max(odds, key=lambda name: odds[name][-1])
        favourites.append((event, favourite, odds[favourite][-1]))
    for event, name, chance in favourites:
        print(f"{event:<8} favourite {name:<22} {chance:6.1%}")


if __name__ == "__main__":
    main()
