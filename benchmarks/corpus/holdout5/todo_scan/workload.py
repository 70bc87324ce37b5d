"""Pre-release audit: list every TODO/FIXME in a large generated bindings module."""

import random

from lintkit.markers import find_markers, summarize


def build_source(rng: random.Random, functions: int) -> str:
    chunks = []
    for n in range(functions):
        chunks.append(f"def binding_{n}(handle, *args, **kwargs):\n")
        chunks.append(f'    """Wrapper for native call #{n}."""\n')
        if rng.random() < 0.35:
            tag = rng.choice(["TODO", "FIXME", "XXX", "HACK", "NOTE"])
            owner = rng.choice(["", "(ana)", "(bo)", "( )", "(ci-bot)"])
            chunks.append(f"    # {tag}{owner}: check return code of native call {n}\n")
        chunks.append("    result = _lib.call(handle, *args)  # keep the GIL\n" * rng.randint(1, 6))
        chunks.append("    return result\n\n")
    return "".join(chunks)


def main() -> None:
    rng = random.Random(17)
    source = build_source(rng, 5_000)
    markers = find_markers(source, "bindings.py")
    print(len(source), len(markers), summarize(markers), markers[-1].line)


if __name__ == "__main__":
    main()
