"""Gala night: replay all bid sheets to build the live leaderboard feed and the winners list."""

import random

from silentauction.replay import replay_auction


def main() -> None:
    rng = random.Random(2024)
    lots = [f"LOT-{n:03d}" for n in range(60)]
    reserves = {lot: rng.choice([25, 50, 75, 100, 150, 250, 500]) for lot in lots}
    guests = [f"paddle-{n:03d}" for n in range(420)]
    high = {lot: 0 for lot in lots}
    bids = []
    for _ in range(7500):
        lot = rng.choice(lots)
        if high[lot] == 0:
            amount = reserves[lot] + rng.choice([0, 0, 5, 10]) - (5 if rng.random() < 0.05 else 0)
        else:
            amount = high[lot] + rng.choice([5, 5, 10, 10, 20, 25, 50]) - (3 if rng.random() < 0.08 else 0)
        if amount >= (reserves[lot] if high[lot] == 0 else high[lot] + 5):
            high[lot] = amount
        bids.append({"lot": lot if rng.random() > 0.005 else "LOT-999", "bidder": rng.choice(guests), "amount": amount, "table": rng.randrange(40)})
    result = replay_auction(bids, reserves)
    total = sum(amount for _, amount in result["winners"].values())
    print(len(result["timeline"]), "accepted bids,", len(result["rejected"]), "rejected; lots sold:", len(result["winners"]), "raised:", total)


if __name__ == "__main__":
    main()
