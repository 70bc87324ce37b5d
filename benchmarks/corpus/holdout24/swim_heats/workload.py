"""Seed the whole regional age-group championship programme from the closed entry list."""

import random

from heatsheet.entries import Entry, format_time, parse_time
from heatsheet.programme import programme_lines
from heatsheet.seeding import seed_heats

STROKES = {"Freestyle": 1.0, "Backstroke": 1.12, "Breaststroke": 1.25, "Butterfly": 1.1, "Individual Medley": 1.15}
DISTANCES = {50: 27.0, 100: 59.0, 200: 128.0, 400: 272.0}
CLUBS = ["Northgate SC", "Riverside Otters", "Castle ASC", "Millbrook Dolphins", "St Anne's SC", "Harbour Masters",
         "Westfield Swim", "Aldridge Sharks", "Fenwick Tritons", "Oakley Barracudas"]
FIRST = ["Amelia", "Noah", "Isla", "Oliver", "Freya", "Jack", "Sophie", "Leo", "Chloé", "Zain", "Maja", "Tomás"]
LAST = ["Smith", "Okafor", "Nguyen", "Brown", "Kowalski", "O'Neill", "Patel", "Jones", "Müller", "Ahmed", "Evans"]


def entry_list(rng: random.Random, base: float, count: int) -> list[Entry]:
    """An event's entries as typed into the entry system, some without a time."""
    entries = []
    for _ in range(count):
        seed = None if rng.random() < 0.03 else format_time(base * rng.uniform(1.05, 1.6))
        course = "SC" if rng.random() < 0.35 else "LC"
        entries.append(Entry(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(CLUBS), parse_time(seed or "NT"), course))
    return entries


def main() -> None:
    rng = random.Random(1958)
    events = []
    for sex in ("Girls", "Boys"):
        for age in ("10/11", "12", "13", "14", "15+"):
            for stroke, factor in STROKES.items():
                for distance, base in DISTANCES.items():
                    if distance == 400 and stroke not in ("Freestyle", "Individual Medley"):
                        continue
                    if distance == 50 and stroke == "Individual Medley":
                        continue
                    events.append((f"{sex} {age} {distance}m {stroke}", base * factor))
    pages, heats_total, swims = [], 0, 0
    for number, (title, base) in enumerate(events, start=1):
        entries = entry_list(rng, base, rng.randint(150, 330))
        heats = seed_heats(entries, lanes=8)
        heats_total += len(heats)
        swims += len(entries)
        pages.append(programme_lines(f"Event {number}: {title}", heats))
    print(f"{len(events)} events, {swims} swims in {heats_total} heats, {sum(map(len, pages))} programme lines")
    print(*pages[0][:4], sep="\n")
    print(*pages[-1][-3:], sep="\n")


if __name__ == "__main__":
    main()
