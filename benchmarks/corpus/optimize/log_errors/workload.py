"""Summarise a day of logs from the whole fleet."""

import random

from logtools.errors import error_summary


def main() -> None:
    rng = random.Random(73)
    services = [f"svc-{i:03d}.api" for i in range(800)]
    levels = ["INFO", "INFO", "DEBUG", "WARN", "ERROR", "ERROR"]
    lines = [f"2024-05-01T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00 {rng.choice(levels)} "
             f"{rng.choice(services)}: request {i} took {rng.randrange(900)} ms" for i in range(90000)]
    print(error_summary(lines)[:80])


if __name__ == "__main__":
    main()
