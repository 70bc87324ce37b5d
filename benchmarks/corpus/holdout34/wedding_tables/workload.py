"""Replay the planners' edit logs for the summer season's receptions to produce final plans."""

import random

from wedding_tables.chart import place_cards
from wedding_tables.moves import apply_moves

FIRST = ["Anna", "Ben", "Carol", "Dan", "Eve", "Frank", "Gina", "Harry", "Isla", "Jack", "Kate", "Liam",
         "Maya", "Noah", "Olivia", "Paul", "Rosa", "Sam", "Tara", "Umar", "Vera", "Will", "Zara", "Yusuf"]
LAST = ["Price", "Webb", "Stone", "Hale", "Khan", "Murphy", "Jones", "Patel", "Evans", "Clarke", "Shaw",
        "Nowak", "Reid", "Okafor", "Byrne", "Lloyd", "Singh", "Walsh", "Hughes", "Marsh"]


def reception(rng: random.Random, number: int):
    tables = {"Top table": 10, **{f"Table {n}": rng.choice([8, 10, 10, 12]) for n in range(1, rng.randint(16, 22))}}
    guests, parties = [], []
    while len(guests) < int(sum(tables.values()) * 0.8):
        surname = rng.choice(LAST)
        size = rng.choice([1, 2, 2, 2, 3, 4])
        party = [f"{rng.choice(FIRST)} {surname} ({number}.{len(guests) + i})" for i in range(size)]
        guests.extend(party)
        if size > 1:
            parties.append(tuple(party))
    plan, queue = {table: [] for table in tables}, list(parties) + [(g,) for g in guests if not any(g in p for p in parties)]
    for party in queue:
        for table, seated in plan.items():
            if len(seated) + len(party) <= tables[table]:
                seated.extend(party)
                break
    moves = []
    for _ in range(rng.randint(250, 400)):
        moves.append((rng.choice(guests) if rng.random() < 0.97 else "Plus One", rng.choice(list(tables))))
    return plan, moves, tables, parties


def main() -> None:
    rng = random.Random(34808)
    cards = rejected_total = 0
    for number in range(60):
        plan, moves, tables, parties = reception(rng, number)
        final, rejected = apply_moves(plan, moves, tables, parties)
        cards += len(place_cards(final))
        rejected_total += len(rejected)
    print(cards, rejected_total)


if __name__ == "__main__":
    main()
