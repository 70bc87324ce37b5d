"""Docs build step: table of contents for a large generated API reference page."""

import random

from mdtoc.toc import build_toc


def main() -> None:
    rng = random.Random(2718)
    parts = ["# API reference\n", "Generated file, do not edit.\n"]
    for module in range(10):
        parts.append(f"## Module `pkg.mod{module}`\n")
        for function in range(rng.randint(30, 40)):
            parts.append(f"### `func_{module}_{function}()`\n\nDoes something useful.\n")
            for section in ("Parameters", "Returns", "Raises", "Example"):
                if rng.random() < 0.85:
                    parts.append(f"#### {section}\n\n```python\n# {section.lower()} of func_{function}\nx = {function}\n```\n")
    toc = build_toc("\n".join(parts), max_level=4)
    print(len(toc.splitlines()), toc.count("parameters-"), toc.splitlines()[-1])


if __name__ == "__main__":
    main()
