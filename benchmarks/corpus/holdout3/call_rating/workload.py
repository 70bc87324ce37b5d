"""Month-end billing run: rate a day's international CDRs of a small carrier."""

import random

from telco.rating import rate_calls


def main() -> None:
    rng = random.Random(27)
    tariff = {}
    while len(tariff) < 2500:
        prefix = str(rng.randrange(1, 999))
        prefix += "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 4)))
        tariff[prefix] = rng.randrange(5, 400)
    calls = []
    for _ in range(2000):
        number = f"+{rng.randrange(1, 999)} {rng.randrange(10**6, 10**9)}"
        calls.append((number, rng.randrange(0, 1800)))
    total = sum(charge for _, _, charge in rate_calls(calls, tariff, default_rate=500))
    print(total)


if __name__ == "__main__":
    main()
