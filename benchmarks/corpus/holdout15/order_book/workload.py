"""Replay one trading session of the day-ahead power contract for the surveillance desk."""

import random

from matching.engine import replay
from matching.orders import Cancel, Order


def main() -> None:
    rng = random.Random(6021)
    messages = []
    resting = []
    mid = 5000
    for number in range(13000):
        if resting and rng.random() < 0.18:
            messages.append(Cancel(resting.pop(rng.randrange(len(resting)))))
            continue
        mid += rng.choice([-1, 0, 0, 1])
        side = rng.choice(["buy", "sell"])
        aggressive = rng.random() < 0.12
        offset = rng.randint(0, 3) if aggressive else -rng.randint(1, 60)
        price = mid + offset if side == "buy" else mid - offset
        order_id = f"O{number:07d}"
        messages.append(Order(order_id, side, price, rng.choice([1, 1, 2, 5, 10, 25]), f"T{rng.randrange(80):02d}"))
        resting.append(order_id)
    result = replay(messages)
    volume = sum(trade[3] for trade in result["trades"])
    print(len(messages), "messages;", len(result["trades"]), "trades,", volume, "lots;", len(result["bids"]), "bids and",
          len(result["asks"]), "asks resting;", result["unknown_cancels"], "unknown cancels")


if __name__ == "__main__":
    main()
