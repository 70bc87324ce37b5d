"""Convert one morning's queue of customer uploads to binary STL for the print farm."""

import math
import random

from stl_export.geometry import bounding_box, volume
from stl_export.mesh import Mesh, load_obj
from stl_export.stl import binary_stl


def torus_obj(rng: random.Random, rings: int, sides: int) -> str:
    """A tessellated ring-shaped part (gaskets, knobs, spacers) as customers upload it."""
    major, minor = rng.uniform(15, 60), rng.uniform(3, 12)
    lines = ["# exported by CAD", "o part"]
    for i in range(rings):
        u = 2 * math.pi * i / rings
        for j in range(sides):
            v = 2 * math.pi * j / sides
            radius = major + minor * math.cos(v)
            lines.append(f"v {radius * math.cos(u):.4f} {radius * math.sin(u):.4f} {minor * math.sin(v):.4f}")
    for i in range(rings):
        for j in range(sides):
            a = i * sides + j + 1
            b = ((i + 1) % rings) * sides + j + 1
            c = ((i + 1) % rings) * sides + (j + 1) % sides + 1
            d = i * sides + (j + 1) % sides + 1
            lines.append(f"f {a} {b} {c} {d}")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(2904)
    orders = []
    for number in range(20):
        rings = rng.choice([32, 64, 96, 128, 160])
        sides = rng.choice([16, 24, 32, 40])
        orders.append(load_obj(f"order-{7100 + number}", torus_obj(rng, rings, sides)))
    total_bytes, total_volume, largest = 0, 0.0, 0.0
    for mesh in orders:
        stl = binary_stl(mesh, f"print bureau {mesh.name}")
        total_bytes += len(stl)
        total_volume += volume(mesh)
        low, high = bounding_box(mesh)
        largest = max(largest, max(h - l for h, l in zip(high, low)))
    faces = sum(len(mesh.faces) for mesh in orders)
    print(f"{len(orders)} parts, {faces} facets, {total_bytes / 1e6:.1f} MB of STL")
    print(f"{total_volume / 1000:.1f} cm3 of material, largest dimension {largest:.1f} mm")


if __name__ == "__main__":
    main()
