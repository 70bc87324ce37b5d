"""The monthly revenue table for every account."""

import random

from reports.table import Row, render_table


def main() -> None:
    rng = random.Random(17)
    regions = ["EU", "North America", "APAC", "LATAM", "Middle East & Africa"]
    rows = [Row(f"Account {rng.randrange(10**rng.randint(2, 7))}", rng.choice(regions),
                rng.uniform(-5000, 250000)) for _ in range(2200)]
    text = render_table(rows)
    print(len(text), text[:60])


if __name__ == "__main__":
    main()
