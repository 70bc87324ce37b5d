"""Rebuild the swing graphics for a run of general elections (the back catalogue the graphics
team keeps for the results programme), each compared with the election before it."""

import random

from election_swing.feed import feed_text, parse_results_feed
from election_swing.graphics import biggest_swings, gains
from election_swing.swing import constituency_swings

PARTIES = ["CON", "LAB", "LD", "GRN", "REF", "SNP", "PC", "IND", "OTH"]


def seat_names(count: int) -> list:
    stems = ["Ash", "Bram", "Cal", "Dun", "Eden", "Fern", "Glen", "Hart", "Ives", "Kirk", "Lang", "Mor", "Nor",
             "Ock", "Pen", "Rav", "Stan", "Thorn", "Ux", "Wen"]
    ends = ["ford", "ley", "wick", "bury", "ton", "field", "mouth", "worth", "ham", "by"]
    names = [f"{stem}{end}" for stem in stems for end in ends]
    compass = ["", " North", " South", " East", " West", " Central"]
    return [f"{names[index % len(names)]}{compass[index // len(names)]}" for index in range(count)]


def elections(rng: random.Random, seats: list, count: int) -> list:
    """Simulated results: each seat has a lean that drifts; national moods move between elections."""
    lean = {seat: {party: rng.uniform(0.2, 1.0) * (3 if party in ("CON", "LAB") else 1) for party in rng.sample(PARTIES, rng.randint(5, 8))}
            for seat in seats}
    results = []
    for _ in range(count):
        mood = {party: rng.uniform(0.7, 1.4) for party in PARTIES}
        election = {}
        for seat in seats:
            electorate_turnout = rng.randint(30000, 55000)
            weights = {party: share * mood[party] * rng.uniform(0.85, 1.15) for party, share in lean[seat].items()}
            total = sum(weights.values())
            election[seat] = {party: int(electorate_turnout * weight / total) for party, weight in weights.items()}
        results.append(election)
    return results


def main() -> None:
    rng = random.Random(3007)
    seats = seat_names(650)
    history = elections(rng, seats, 6)
    history[-1] = parse_results_feed(feed_text(history[-1]))
    for number, (previous, current) in enumerate(zip(history, history[1:]), start=2):
        swings = constituency_swings(previous, current)
        changed = gains(previous, swings)
        top = biggest_swings(swings, 3)
        national = next(iter(swings.values())).national_swing
        print(f"election {number}: national swing {national:+.2f}, {len(changed)} seats changed hands; "
              f"biggest relative swings {', '.join(f'{item.seat} {item.relative_swing:+.2f}' for item in top)}")


if __name__ == "__main__":
    main()
