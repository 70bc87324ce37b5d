"""A year of stock moves for one busy item."""

import random

from stockbook.balance import first_stockout, running_balances


def main() -> None:
    rng = random.Random(53)
    moves = [rng.choice([rng.randint(20, 200), -rng.randint(1, 30)]) for _ in range(6000)]
    print(running_balances(moves, 100)[-1], first_stockout(moves, 0))


if __name__ == "__main__":
    main()
