"""Cut plans for a delivery of rough-sawn oak boards."""

import random

from sawmill.cutting import plan_boards
from sawmill.pricing import load_price_list

PRICE_LIST = [
    {"name": "OAK-0400", "length_mm": 400, "price": "6.10"},
    {"name": "OAK-0600", "length_mm": 600, "price": "9.60"},
    {"name": "OAK-0900", "length_mm": 900, "price": "15.30"},
    {"name": "OAK-1200", "length_mm": 1200, "price": "21.00"},
    {"name": "OAK-1500", "length_mm": 1500, "price": "27.75"},
    {"name": "OAK-1800", "length_mm": 1800, "price": "34.20"},
    {"name": "OAK-2400", "length_mm": 2400, "price": "47.00"},
    {"name": "OAK-3000", "length_mm": 3000, "price": "60.00"},
]


def main() -> None:
    rng = random.Random(18)
    stock = load_price_list(PRICE_LIST)
    boards = [(f"B{number:03d}", rng.randrange(3600, 6600, 10)) for number in range(56)]
    result = plan_boards(boards, stock, kerf=4)
    print("boards", len(boards), "value", result["value"])
    print("pieces", dict(sorted(result["pieces"].items())))
    print("offcut mm", sum(plan[3] for plan in result["plans"]))


if __name__ == "__main__":
    main()
