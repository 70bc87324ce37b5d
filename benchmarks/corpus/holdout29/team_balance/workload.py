"""Pick the sides for a season of the club's Tuesday and Thursday sessions, with late drop-outs."""

import random
from datetime import date, timedelta

from team_balance.announce import team_sheet
from team_balance.roster import parse_signups
from team_balance.split import balanced_teams

FIRST = ["Sam", "Alex", "Jo", "Chris", "Danny", "Mo", "Priya", "Kofi", "Luca", "Tom", "Ben", "Raj", "Femi", "Ollie",
         "Ash", "Will", "Jamie", "Nico", "Ade", "Callum", "Marek", "Ryan", "Theo", "Zak", "Leon", "Hassan"]
LAST = ["B", "C", "D", "F", "G", "H", "K", "M", "P", "R", "S", "T", "W"]


def main() -> None:
    rng = random.Random(2905)
    members = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}." for _ in range(90)})
    ratings = {name: rng.randint(3, 9) for name in members}
    session = date(2023, 9, 5)
    sheets, spreads = [], []
    for week in range(42):
        for offset, pitch in ((0, "Astro 1"), (2, "Astro 2")):
            day = session + timedelta(days=7 * week + offset)
            signed = rng.sample(members, rng.choice([14, 15, 16, 17, 18, 18, 19]))
            text = "\n".join(f"{n}. {name}{' (gk)' if n == 1 else ''}" for n, name in enumerate(signed, start=1))
            players = parse_signups(text, ratings)
            split = balanced_teams(players)
            if rng.random() < 0.3:
                players.pop(rng.randrange(len(players)))
                split = balanced_teams(players)
            sheets.append(team_sheet(day, pitch, split))
            spreads.append(abs(split.rating_a - split.rating_b))
    print(f"{len(sheets)} sessions picked, {sum(s == 0 for s in spreads)} perfectly even, "
          f"widest gap {max(spreads)} rating points")
    print(sheets[-1].splitlines()[0])


if __name__ == "__main__":
    main()
