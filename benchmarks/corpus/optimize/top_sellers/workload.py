"""Best-seller lists for a quarter of weekly ledgers."""

import random

from sales.ranking import weekly_report


def main() -> None:
    rng = random.Random(5)
    weeks = [{f"product-{i:05d}": rng.randint(0, 400) for i in range(rng.randint(3000, 5000))} for _ in range(10)]
    report = weekly_report(weeks, 200)
    print([week[0] for week in report])


if __name__ == "__main__":
    main()
