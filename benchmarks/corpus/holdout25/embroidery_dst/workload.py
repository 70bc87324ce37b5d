"""Tonight's batch of customer orders: digitised designs written out as DST files for the machines."""

import math
import random
import zlib

from stitchout.design import Design, Stitch
from stitchout.dst import write_dst


def satin_column(rng: random.Random, x0: int, y0: int, length: int, width: int, angle: float) -> list[Stitch]:
    """A satin column: zig-zag stitches across a band of ``width`` along ``length`` (0.1 mm)."""
    stitches = []
    cos_a, sin_a = math.cos(angle), math.sin(angle)
    for step in range(0, length, 4):
        side = width if (step // 4) % 2 else -width
        jitter = rng.randint(-2, 2)
        stitches.append(Stitch(round(x0 + step * cos_a - (side + jitter) * sin_a), round(y0 + step * sin_a + (side + jitter) * cos_a)))
    return stitches


def tatami_fill(rng: random.Random, cx: int, cy: int, radius: int) -> list[Stitch]:
    """A round tatami fill: back-and-forth rows of 3 mm stitches inside a circle."""
    stitches = []
    for row, y in enumerate(range(cy - radius, cy + radius, 4)):
        half = int(math.sqrt(max(0, radius * radius - (y - cy) ** 2)))
        xs = range(cx - half, cx + half, 30) if row % 2 == 0 else range(cx + half, cx - half, -30)
        stitches.extend(Stitch(x + rng.randint(-1, 1), y) for x in xs)
    return stitches


def design(rng: random.Random, number: int, blocks: int) -> Design:
    """A design of several colour blocks, each a few fills and satin columns."""
    stitches = []
    for colour in range(blocks):
        if colour:
            stitches.append(Stitch(stitches[-1].x, stitches[-1].y, "color"))
        for _ in range(rng.randint(3, 5)):
            cx, cy = rng.randint(-1200, 1200), rng.randint(-1200, 1200)
            stitches.append(Stitch(cx, cy, "jump"))
            if rng.random() < 0.5:
                stitches.extend(tatami_fill(rng, cx, cy, rng.randint(150, 420)))
            else:
                stitches.extend(satin_column(rng, cx, cy, rng.randint(800, 2400), rng.randint(20, 60), rng.uniform(0, math.pi)))
    return Design(f"ORDER-{number:05d}", stitches)


def main() -> None:
    rng = random.Random(31337)
    orders = [design(rng, 40211, 18), design(rng, 40212, 13)]  # two jacket backs
    orders += [design(rng, number, 1) for number in range(40213, 40221)]  # cap fronts and badges
    total_bytes = 0
    checksum = 0
    for order in orders:
        data = write_dst(order)
        total_bytes += len(data)
        checksum = zlib.crc32(data, checksum)
    stitches = sum(len(order.stitches) for order in orders)
    print(f"{len(orders)} designs, {stitches} stitches, {total_bytes} bytes, crc32 {checksum:08x}")
    print("largest:", max(len(order.stitches) for order in orders), "stitches")


if __name__ == "__main__":
    main()
