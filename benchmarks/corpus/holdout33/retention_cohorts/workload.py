"""Retention triangle for the growth review: two years of meal-kit subscription charges."""

import random
from datetime import datetime, timedelta

from cohortgrid.charges import read_charges
from cohortgrid.cohorts import retention_table
from cohortgrid.render import format_triangle

START = datetime(2023, 1, 1)


def charge_export(rng: random.Random) -> str:
    rows = []
    for number in range(4400):
        customer = f"cus_{number:06d}"
        signup = START + timedelta(days=rng.randint(0, 700), seconds=rng.randint(0, 86399))
        months = min(int(rng.expovariate(1 / 6)) + 1, 30)
        for month in range(months):
            when = signup + timedelta(days=30 * month + rng.randint(0, 2), seconds=rng.randint(-3600, 3600))
            if when >= datetime(2024, 12, 31):
                break
            if month > 0 and rng.random() < 0.08:  # paused delivery, no charge that month
                continue
            roll = rng.random()
            status = "failed" if roll < 0.06 else "refunded" if roll < 0.08 else "paid"
            rows.append((when, f"ch_{len(rows):07d},{customer},{when:%Y-%m-%d %H:%M:%S},"
                               f"{rng.choice([39.99, 54.99, 69.99])},{status}"))
    rows.sort(key=lambda row: row[0])
    return "charge_id,customer,charged_at,amount,status\n" + "\n".join(row for _, row in rows) + "\n"


def main() -> None:
    rng = random.Random(3303)
    charges = read_charges(charge_export(rng))
    table = retention_table(charges, horizon=12)
    print(f"{len(charges)} charges, {len(table)} cohorts")
    print(format_triangle(table, "2024-12"))


if __name__ == "__main__":
    main()
