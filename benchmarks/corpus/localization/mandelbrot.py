"""ASCII Mandelbrot set.

Hottest function: escape_time (the complex iteration).
"""


def escape_time(c: complex, limit: int) -> int:
    z = 0j
    for n in range(limit):
        z = z * z + c  # HOT
        if abs(z) > 2.0:
            return n
    return limit


def render(width: int, height: int, limit: int) -> list[str]:
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            c = complex(-2.0 + 2.6 * x / width, -1.2 + 2.4 * y / height)
            row.append(" .:-=+*#%@"[escape_time(c, limit) * 9 // limit])
        rows.append("".join(row))
    return rows


if __name__ == "__main__":
    print("\n".join(render(240, 120, 1400))[:200])
