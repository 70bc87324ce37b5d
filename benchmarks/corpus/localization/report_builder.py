"""Render a sales report as text, one row per sale.

Hottest function: render_rows (formatting every row).
"""

import random


def sales(n: int) -> list[tuple[str, int, float]]:
    rng = random.Random(11)
    return [(f"item-{rng.randrange(500)}", rng.randint(1, 9), rng.random() * 100) for _ in range(n)]


def render_rows(rows: list[tuple[str, int, float]]) -> str:
    out = []
    for name, qty, price in rows:
        out.append(f"{name:<12}|{qty:>4}|{price:>10.2f}|{qty * price:>12.3e}|{name.upper():>14}")  # HOT
    return "\n".join(out)


def totals(rows: list[tuple[str, int, float]]) -> float:
    return sum(qty * price for _, qty, price in rows)


if __name__ == "__main__":
    rows = sales(250000)
    text = render_rows(rows)
    print(len(text), round(totals(rows), 2))
