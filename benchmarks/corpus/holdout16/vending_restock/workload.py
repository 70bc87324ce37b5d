"""Nightly replay of the fleet's telemetry for tomorrow's restock routes."""

import random

from vending.replay import replay_day
from vending.state import new_slot

PRODUCTS = [("Cola", 160), ("Diet Cola", 160), ("Water", 110), ("Orange", 150), ("Crisps", 120), ("Choc Bar", 130),
            ("Cereal Bar", 140), ("Nuts", 170), ("Gum", 90), ("Coffee", 200), ("Energy", 220), ("Sandwich", 380)]


def main() -> None:
    rng = random.Random(24)
    stock = {}
    for machine in range(80):
        for row in "ABCDE":
            for column in range(1, 9):
                product, price = rng.choice(PRODUCTS)
                capacity = rng.choice([8, 10, 12, 15])
                stock[(f"VM{machine:03d}", f"{row}{column}")] = new_slot(product, capacity, price, rng.randint(0, capacity))
    slots = list(stock)
    popularity = [rng.paretovariate(1.2) for _ in slots]
    events = []
    for minute in range(6 * 60, 22 * 60, 1):
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8])):
            machine, slot = rng.choices(slots, weights=popularity)[0]
            events.append({"type": "sale", "machine": machine, "slot": slot, "time": f"{minute // 60:02d}:{minute % 60:02d}"})
        if rng.random() < 0.02:
            machine, slot = rng.choice(slots)
            kind = rng.choice(["restock", "price", "audit"])
            event = {"type": kind, "machine": machine, "slot": slot, "time": f"{minute // 60:02d}:{minute % 60:02d}"}
            event.update({"restock": {"qty": 10}, "price": {"price": rng.choice([150, 160, 180])}, "audit": {"qty": rng.randint(0, 5)}}[kind])
            events.append(event)
    result = replay_day(stock, events)
    print(len(events), "events;", len(result["stockouts"]), "stock-outs;", sum(result["revenue"].values()) / 100, "revenue;",
          len(result["pick_list"]), "slots to restock")


if __name__ == "__main__":
    main()
