"""Fuzzy-match product names by Levenshtein distance.

Hottest function: levenshtein (the min over three neighbours).
"""

import random


def make_names(n: int, rng: random.Random) -> list[str]:
    letters = "abcdefghij"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(8, 14))) for _ in range(n)]


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))  # HOT
        previous = current
    return previous[-1]


def best_match(query: str, names: list[str]) -> str:
    return min(names, key=lambda name: levenshtein(query, name))


if __name__ == "__main__":
    rng = random.Random(5)
    names = make_names(1400, rng)
    queries = make_names(25, rng)
    print(sum(len(best_match(q, names)) for q in queries))
