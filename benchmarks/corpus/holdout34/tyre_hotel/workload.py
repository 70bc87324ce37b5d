"""Build the pick list for a busy day of the autumn winter-tyre changeover."""

import random

from tyre_hotel.models import Booking, RackSlot
from tyre_hotel.rack import pick_list
from tyre_hotel.report import action_counts, by_aisle

LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"


def plate(rng: random.Random) -> str:
    area = rng.choice(LETTERS) + rng.choice(LETTERS)
    age = rng.choice(["15", "65", "16", "66", "17", "67", "18", "68", "19", "69", "20", "70", "21", "71"])
    return f"{area}{age} {''.join(rng.choice(LETTERS) for _ in range(3))}"


def inventory(rng: random.Random, cars: list[str]) -> list[RackSlot]:
    slots = []
    for aisle in "ABCDEFGHJKLM":
        for bay in range(1, 61):
            for level in range(1, 6):
                slots.append(RackSlot(f"{aisle}-{bay:02d}-{level}", "", "summer", (), occupied=False))
    rng.shuffle(slots)
    index = 0
    for car in cars:
        for season in rng.sample(["summer", "winter"], rng.choice([1, 2, 2])):
            if index >= len(slots):
                break
            slot = slots[index]
            slot.registration = car if rng.random() < 0.7 else car.lower().replace(" ", "")
            slot.season = season
            slot.tread_mm = tuple(round(rng.uniform(2.6, 8.4), 1) for _ in range(4))
            slot.occupied = rng.random() > 0.03
            index += 1
    return slots


def main() -> None:
    rng = random.Random(34101)
    cars = list(dict.fromkeys(plate(rng) for _ in range(2000)))
    slots = inventory(rng, cars)
    bookings = []
    for number in range(1500):
        car = rng.choice(cars) if rng.random() < 0.93 else plate(rng)
        bookings.append(Booking(f"BK{number:05d}", car, "winter" if rng.random() < 0.85 else "summer",
                                bay=rng.randint(1, 4)))
    picks = pick_list(bookings, slots)
    print(len(picks), action_counts(picks))
    print({aisle: len(refs) for aisle, refs in sorted(by_aisle(picks).items())})


if __name__ == "__main__":
    main()
