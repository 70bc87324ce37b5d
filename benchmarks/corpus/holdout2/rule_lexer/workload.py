"""Tokenize the billing engine's generated pricing-rules file at start-up."""

import random

from exprlang.lexer import tokenize

FIELDS = ["price", "quantity", "customer.tier", "region", "order.total", "discount", "coupon", "weight_kg"]
TIERS = ['"gold"', '"silver"', '"bronze"', '"trial"', '"partner"']


def rule(rng: random.Random, number: int) -> str:
    conditions = []
    for _ in range(rng.randint(1, 4)):
        field = rng.choice(FIELDS)
        if rng.random() < 0.4:
            conditions.append(f"{field} == {rng.choice(TIERS)}")
        else:
            conditions.append(f"{field} {rng.choice(['<', '<=', '>', '>=', '!='])} {rng.randint(0, 5000) / 100}")
    action = f"set_price(price * {rng.randint(50, 100) / 100}, min({rng.randint(1, 99)}, quantity))"
    comment = f"  # ticket {rng.randint(1000, 9999)}" if rng.random() < 0.3 else ""
    return f"rule_{number}: {' && '.join(conditions)} -> {action}{comment}\n"


def main() -> None:
    rng = random.Random(42)
    source = "".join(rule(rng, number) for number in range(3000))
    tokens = tokenize(source)
    kinds = {}
    for kind, _text, _line, _column in tokens:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(len(source), len(tokens), sorted(kinds.items()))


if __name__ == "__main__":
    main()
