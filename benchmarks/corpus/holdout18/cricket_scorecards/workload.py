"""Rebuild the season averages page from the scoring app's ball-by-ball export."""

import random

from cricscore.averages import season_averages
from cricscore.deliveries import load_deliveries

CLUBS = ["Ashford", "Bramley", "Castleton", "Dunmore", "Elmbridge", "Fairfield", "Glenholme", "Hartwell",
         "Ivybridge", "Kingsmead", "Longford", "Marston", "Northwood", "Oakham", "Penrith"]
DISMISSALS = ["bowled", "caught", "caught", "caught", "lbw", "stumped", "run out", "caught and bowled", "hit wicket"]


def simulate_innings(rng, match_id, innings, batters, bowlers, overs):
    rows = []
    order = list(batters)
    striker, other = order[0], order[1]
    next_in = 2
    for over in range(overs):
        bowler = bowlers[over % len(bowlers)] if over % 2 else bowlers[(over + 1) % len(bowlers)]
        ball = 1
        while ball <= 6:
            row = {"match": match_id, "innings": innings, "over": over, "ball": ball, "batter": striker,
                   "non_striker": other, "bowler": bowler, "runs": 0, "extras": 0, "extra_type": "", "wicket": "",
                   "player_out": ""}
            roll = rng.random()
            if roll < 0.03:
                row["extra_type"], row["extras"] = "wide", 1
            elif roll < 0.04:
                row["extra_type"], row["extras"] = "noball", 1
                row["runs"] = rng.choice([0, 0, 1, 4])
            elif roll < 0.06:
                row["extra_type"], row["extras"] = rng.choice(["bye", "legbye"]), rng.choice([1, 1, 2, 4])
            elif roll < 0.095:
                kind = rng.choice(DISMISSALS)
                row["wicket"] = kind
                out = other if kind == "run out" and rng.random() < 0.5 else striker
                row["player_out"] = out
            else:
                row["runs"] = rng.choices([0, 1, 2, 3, 4, 6], [52, 30, 7, 1, 8, 2])[0]
            rows.append(row)
            if row["wicket"]:
                if next_in >= len(order):
                    return rows
                if row["player_out"] == striker:
                    striker = order[next_in]
                else:
                    other = order[next_in]
                next_in += 1
            elif (row["runs"] + (row["extras"] if row["extra_type"] in ("bye", "legbye") else 0)) % 2:
                striker, other = other, striker
            if row["extra_type"] not in ("wide", "noball"):
                ball += 1
        striker, other = other, striker
    return rows


def season(rng):
    squads = {club: [f"{club[:3].upper()}-{n:02d}" for n in range(22)] for club in CLUBS}
    rows = []
    number = 0
    for home in CLUBS:
        for away in CLUBS:
            if home == away or rng.random() < 0.35:
                continue
            number += 1
            match_id = f"2024-{number:03d}"
            sides = [home, away] if rng.random() < 0.5 else [away, home]
            for innings, (batting, fielding) in enumerate([(sides[0], sides[1]), (sides[1], sides[0])], start=1):
                eleven = rng.sample(squads[batting], 11)
                attack = rng.sample(squads[fielding][:10], 5)
                rows.extend(simulate_innings(rng, match_id, innings, eleven, attack, 50))
    return rows


def main() -> None:
    rng = random.Random(2024)
    deliveries = load_deliveries(season(rng))
    batting, bowling = season_averages(deliveries, min_innings=3)
    matches = sorted({delivery.match_id for delivery in deliveries})
    recent = set(matches[len(matches) // 2:])
    form, _ = season_averages([delivery for delivery in deliveries if delivery.match_id in recent])
    print("deliveries", len(deliveries), "batters", len(batting), "bowlers", len(bowling))
    print("in form", [(line.player, line.runs) for line in form[:3]])
    for line in batting[:3]:
        print("bat", line.player, line.innings, line.runs, line.high_score, line.average, line.strike_rate)
    for line in bowling[:3]:
        print("bowl", line.player, line.overs, line.wickets, line.best, line.average, line.economy)


if __name__ == "__main__":
    main()
