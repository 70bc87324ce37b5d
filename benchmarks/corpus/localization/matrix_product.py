"""Multiply square matrices with plain lists.

Hottest function: matmul (the innermost accumulation).
"""

import random


def random_matrix(n: int, rng: random.Random) -> list[list[float]]:
    return [[rng.random() for _ in range(n)] for _ in range(n)]


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    out = [[0.0] * n for _ in range(n)]
    for i in range(n):
        row = a[i]
        for k in range(n):
            aik = row[k]
            bk = b[k]
            orow = out[i]
            for j in range(n):
                orow[j] += aik * bk[j]  # HOT
    return out


def trace(m: list[list[float]]) -> float:
    return sum(m[i][i] for i in range(len(m)))


if __name__ == "__main__":
    rng = random.Random(3)
    a, b = random_matrix(260, rng), random_matrix(260, rng)
    print(round(trace(matmul(a, b)), 3))
