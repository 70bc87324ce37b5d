"""Year-end tax report for a micro-investing bot: many tiny buys, regular partial sells."""

import random

from taxlots.fifo import Trade, realized_gains


def main() -> None:
    rng = random.Random(2023)
    prices = {"VTI": 21000, "BND": 7300, "VXUS": 5600}
    symbols = list(prices)
    held = dict.fromkeys(prices, 0)
    trades = []
    for tick in range(240000):
        symbol = symbols[tick % 3]
        prices[symbol] = max(1, prices[symbol] + int(rng.random() * 51) - 25)
        if tick > 180000 and rng.random() < 0.012 and held[symbol] > 1000:
            quantity = rng.randint(300, 900)
            trades.append(Trade(symbol, "sell", quantity, prices[symbol]))
            held[symbol] -= quantity
        else:
            quantity = 1 + int(rng.random() * 4)
            trades.append(Trade(symbol, "buy", quantity, prices[symbol]))
            held[symbol] += quantity
    gains = realized_gains(trades)
    print(len(trades), {symbol: round(cents / 100, 2) for symbol, cents in gains.items()}, held)


if __name__ == "__main__":
    main()
