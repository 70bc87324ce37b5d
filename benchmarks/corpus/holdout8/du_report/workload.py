"""Nightly storage report for a shared build server volume."""

import random

from diskusage.tree import largest


def main() -> None:
    rng = random.Random(1977)
    projects = [f"proj{n:02d}" for n in range(24)]
    areas = ["src", "build", "cache", "logs", "dist"]
    files = []
    for number in range(7000):
        project = rng.choice(projects)
        area = rng.choice(areas)
        sub = f"d{rng.randint(0, 7)}"
        depth = rng.choice(["", f"/{sub}", f"/{sub}/x{rng.randint(0, 3)}"])
        files.append((f"/srv/{project}/{area}{depth}/file{number}.dat", rng.randint(0, 50_000_000)))
    for line in largest(files, limit=15):
        print(line)


if __name__ == "__main__":
    main()
