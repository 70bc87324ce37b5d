"""Replay last year's blood bank movements for the transfusion committee's wastage review."""

import random
from datetime import date, timedelta

from transfusion.stock import Receipt, Request, Unit, replay

GROUPS = ["O+", "A+", "B+", "O-", "A-", "AB+", "B-", "AB-"]
SHARE = [38, 34, 9, 7, 6, 3, 2, 1]


def main() -> None:
    rng = random.Random(1901)
    events = []
    serial = 0
    request_number = 0
    for offset in range(365):
        day = date(2023, 1, 1) + timedelta(days=offset)
        iso = day.isoformat()
        for _ in range(rng.randint(60, 90)):  # the blood service's morning delivery
            serial += 1
            shelf = rng.randint(20, 35)
            group = rng.choices(GROUPS, SHARE)[0]
            events.append(Receipt(iso, Unit(f"G{serial:07d}", group.replace("+", " pos").replace("-", " neg")
                                            if rng.random() < 0.1 else group, (day + timedelta(days=shelf)).isoformat())))
        for _ in range(rng.randint(20, 35)):
            request_number += 1
            events.append(Request(iso, f"XM{request_number:06d}", rng.choices(GROUPS, SHARE)[0], rng.choice([1, 1, 2, 2, 2, 3, 4, 6])))
    result = replay(events)
    print("units", serial, "requests", request_number, "short", len(result["short"]), "wasted", len(result["wasted"]))
    print("stock", result["stock"])


if __name__ == "__main__":
    main()
