"""Licence review of a web product's frozen dependency tree before the release sign-off."""

import random

from licscan.closure import transitive_licences
from licscan.policy import copyleft_share, violations
from licscan.lockfile import Package

LICENCES = ["MIT"] * 12 + ["ISC"] * 4 + ["Apache-2.0"] * 5 + ["BSD-3-Clause"] * 3 + ["BSD-2-Clause"] * 2 + [
    "0BSD", "Unlicense", "CC0-1.0", "MPL-2.0", "LGPL-3.0-only", "Python-2.0", "BlueOak-1.0.0", "Zlib", "GPL-3.0-or-later"]


def lockfile(rng: random.Random, layers: int, per_layer: int) -> dict[str, Package]:
    """A layered dependency graph: each package depends on a few packages from the layers below it."""
    packages: dict[str, Package] = {}
    by_layer: list[list[str]] = []
    for layer in range(layers):
        names = []
        for index in range(per_layer):
            name = f"pkg-{layer:02d}-{index:03d}"
            licences = (rng.choice(LICENCES),) if rng.random() < 0.9 else (rng.choice(LICENCES), rng.choice(LICENCES))
            dependencies: list[str] = []
            if layer:
                for _ in range(rng.choice([1, 1, 2, 2, 2, 3])):
                    below = max(0, layer - rng.choice([1, 1, 1, 2, 3]))
                    dependencies.append(rng.choice(by_layer[below]))
            packages[name] = Package(name, f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                                     licences, tuple(dict.fromkeys(dependencies)))
            names.append(name)
        by_layer.append(names)
    return packages


def main() -> None:
    rng = random.Random(1912)
    packages = lockfile(rng, layers=23, per_layer=60)
    report = transitive_licences(packages)
    roots = [name for name in packages if name.startswith("pkg-22-")]
    problems = violations(report, roots, ["MIT", "ISC", "Apache-2.0", "BSD-3-Clause", "BSD-2-Clause", "0BSD", "Zlib"])
    print(f"{len(packages)} packages, {len(roots)} shipped, {len(problems)} with licences needing review")
    print(f"copyleft reaches {copyleft_share(report):.1%} of packages")
    print("widest:", max(report.items(), key=lambda item: (len(item[1]), item[0]))[0])


if __name__ == "__main__":
    main()
