"""Morning lot review: bin maps of the night's wafer sort for a few lots."""

import math
import random

from wafermap.binmap import parse_bin_map, render_bin_map, Die
from wafermap.report import lot_lines, summarise_wafer

RADIUS = 31


def simulated_map(rng: random.Random) -> str:
    """A wafer's bin map: random defects plus a scratch, particle blobs and sometimes an edge ring."""
    size = 2 * RADIUS + 1
    fail = [[False] * size for _ in range(size)]
    base_rate = rng.uniform(0.04, 0.09)
    for y in range(size):
        for x in range(size):
            fail[y][x] = rng.random() < base_rate
    for _ in range(rng.randint(0, 2)):  # scratches
        angle = rng.uniform(0, math.pi)
        cx, cy = rng.uniform(10, size - 10), rng.uniform(10, size - 10)
        for step in range(-25, 26):
            x, y = int(cx + step * math.cos(angle)), int(cy + step * math.sin(angle))
            for dx in (0, 1):
                if 0 <= x + dx < size and 0 <= y < size:
                    fail[y][x + dx] = True
    for _ in range(rng.randint(1, 4)):  # particle blobs
        cx, cy, r = rng.randint(5, size - 5), rng.randint(5, size - 5), rng.randint(2, 4)
        for y in range(cy - r, cy + r + 1):
            for x in range(cx - r, cx + r + 1):
                if 0 <= x < size and 0 <= y < size and (x - cx) ** 2 + (y - cy) ** 2 <= r * r and rng.random() < 0.8:
                    fail[y][x] = True
    ring = rng.random() < 0.3
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            distance = math.hypot(x - RADIUS, y - RADIUS)
            if distance > RADIUS:
                row.append(".")
            elif fail[y][x] or (ring and distance > RADIUS - 2 and rng.random() < 0.7):
                row.append(rng.choice("3345678AB"))
            else:
                row.append("1" if rng.random() < 0.93 else "2")
        rows.append("".join(row))
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(20240611)
    summaries = []
    for lot in range(4):
        for slot in range(1, 26):
            dies = parse_bin_map(simulated_map(rng))
            summaries.append(summarise_wafer(f"LOT{7310 + lot}.{slot:02d}", dies))
    assert parse_bin_map(render_bin_map([Die(0, 0, 1), Die(2, 1, 11)])) == [Die(0, 0, 1), Die(2, 1, 11)]
    lines = lot_lines(summaries, clustered_limit=200)
    print(lines[0])
    print(f"{len(lines) - 1} wafers over the clustered-failure limit")
    for line in lines[1:4]:
        print(line)


if __name__ == "__main__":
    main()
