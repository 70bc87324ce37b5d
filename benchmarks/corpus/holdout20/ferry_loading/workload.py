"""Tomorrow's sailings: simulate check-in for every crossing to see how many bookings would be shut out."""

import random

from deckplan.deck import DeckPlan, Lane
from deckplan.vehicles import from_booking

MIX = [("car", 70), ("van", 10), ("motorhome", 5), ("lorry", 11), ("motorcycle", 4)]


def ship_lanes():
    lanes = [Lane(n, 16_000, 480) for n in range(1, 11)]  # main vehicle deck
    lanes += [Lane(n, 9_000, 210) for n in range(11, 27)]  # hoistable car deck
    lanes += [Lane(n, 6_000, 450, open_deck=True) for n in range(27, 31)]  # weather deck
    return lanes


def bookings(rng, sailing, count):
    categories = [name for name, weight in MIX for _ in range(weight)]
    vehicles = []
    for number in range(count):
        category = rng.choice(categories)
        length = rng.randint(1200, 1700) if category == "lorry" else (rng.randint(380, 520) if category == "car" else None)
        vehicles.append(from_booking(f"s{sailing}-{number:04d}", category, length,
                                     hazardous=category == "lorry" and rng.random() < 0.08))
    return vehicles


def main() -> None:
    rng = random.Random(4711)
    shut_out_total = booked_total = 0
    for sailing in range(44):
        plan = DeckPlan(ship_lanes(), deck_weight_limit_kg=2_600_000, lane_weight_limit_kg=170_000)
        vehicles = bookings(rng, sailing, rng.randint(520, 720))
        shut_out = plan.load(vehicles)
        booked_total += len(vehicles)
        shut_out_total += len(shut_out)
    report = plan.lane_report()
    print("sailings 44 booked", booked_total, "shut out", shut_out_total)
    print("last sailing lanes", report[:3], "...")


if __name__ == "__main__":
    main()
