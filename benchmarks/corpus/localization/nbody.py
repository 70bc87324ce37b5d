"""A small gravitational n-body simulation.

Hottest function: accelerations (the pairwise inverse-cube distance).
"""

import random


def make_bodies(n: int) -> list[list[float]]:
    rng = random.Random(9)
    return [[rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1), 0.0, 0.0, 0.0, rng.uniform(0.5, 2)] for _ in range(n)]


def accelerations(bodies: list[list[float]]) -> list[tuple[float, float, float]]:
    acc = []
    for i, bi in enumerate(bodies):
        ax = ay = az = 0.0
        for j, bj in enumerate(bodies):
            if i == j:
                continue
            dx, dy, dz = bj[0] - bi[0], bj[1] - bi[1], bj[2] - bi[2]
            inv = bj[6] / ((dx * dx + dy * dy + dz * dz + 0.01) ** 1.5)  # HOT
            ax += dx * inv
            ay += dy * inv
            az += dz * inv
        acc.append((ax, ay, az))
    return acc


def step(bodies: list[list[float]], dt: float) -> None:
    for body, (ax, ay, az) in zip(bodies, accelerations(bodies)):
        body[3] += ax * dt
        body[4] += ay * dt
        body[5] += az * dt
        body[0] += body[3] * dt
        body[1] += body[4] * dt
        body[2] += body[5] * dt


if __name__ == "__main__":
    bodies = make_bodies(160)
    for _ in range(110):
        step(bodies, 0.001)
    print(round(sum(b[0] for b in bodies), 6))
