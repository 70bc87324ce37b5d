"""Count primes by trial division and summarise gaps.

Hottest function: is_prime (the modulo test).
"""


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:  # HOT
            return False
        d += 1
    return True


def primes_below(limit: int) -> list[int]:
    return [n for n in range(limit) if is_prime(n)]


def gaps(primes: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for a, b in zip(primes, primes[1:]):
        counts[b - a] = counts.get(b - a, 0) + 1
    return counts


if __name__ == "__main__":
    found = primes_below(400000)
    print(len(found), max(gaps(found).items(), key=lambda kv: kv[1]))
