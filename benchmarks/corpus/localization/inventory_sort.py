"""Keep a running top-10 of stock levels after every update.

Hottest function: top_items (re-sorting the whole inventory on every update).
"""

import random


def updates(n: int) -> list[tuple[str, int]]:
    rng = random.Random(4)
    return [(f"sku{rng.randrange(3000)}", rng.randint(-5, 20)) for _ in range(n)]


def top_items(stock: dict[str, int]) -> list[tuple[str, int]]:
    ranked = sorted(stock.items(), key=lambda kv: kv[1], reverse=True)  # HOT
    return ranked[:10]


def apply_updates(stream: list[tuple[str, int]]) -> list[tuple[str, int]]:
    stock: dict[str, int] = {}
    best: list[tuple[str, int]] = []
    for sku, delta in stream:
        stock[sku] = stock.get(sku, 0) + delta
        best = top_items(stock)
    return best


if __name__ == "__main__":
    print(apply_updates(updates(7000))[:3])
