"""Bill a quarter's gantry passages for the account-holder fleet."""

import random
from datetime import datetime, timedelta

from tollroad.billing import monthly_statements
from tollroad.tariff import Passage, Tariff

HOURS = [6, 7, 7, 8, 8, 8, 9, 11, 12, 14, 15, 16, 17, 17, 17, 18, 20, 22]
GANTRIES = {f"G{number:02d}": fee for number, fee in enumerate(
    [120, 150, 150, 180, 210, 95, 240, 300, 130, 175, 160, 220], start=1)}


def passages(rng, vehicles, count):
    fleet = [(f"{rng.choice('ABCDEFGHKLMNPRSTVWY')}{rng.choice('ABCDEFGHKLMNPRSTVWY')}{rng.randint(10, 74)} "
              f"{''.join(rng.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}",
              rng.choice([1, 1, 1, 1, 2, 2, 3, 4])) for _ in range(vehicles)]
    start = datetime(2023, 12, 1)
    gantries = list(GANTRIES)
    result = []
    for _ in range(count):
        plate, vehicle_class = rng.choice(fleet)
        hour = rng.choice(HOURS)
        moment = start + timedelta(seconds=rng.randrange(92) * 86400 + hour * 3600 + rng.randrange(3600))
        result.append(Passage(plate, rng.choice(gantries), moment, vehicle_class))
    return result


def main() -> None:
    rng = random.Random(2024)
    reads = passages(rng, 2500, 65_000)
    tariff = Tariff(GANTRIES, daily_caps={1: 900, 2: 1300, 3: 2200, 4: 2600})
    statements = monthly_statements(reads, tariff)
    total = sum(statement.total for statement in statements.values())
    proposed = Tariff(GANTRIES, peak_factor=1.4, off_peak_factor=0.7, daily_caps={1: 800, 2: 1200, 3: 2000, 4: 2400})
    revised = sum(statement.total for statement in monthly_statements(reads, proposed).values())
    print("statements", len(statements), "passages", sum(s.passages for s in statements.values()))
    print("billed", f"£{total / 100:,.2f}", "capped days", sum(s.capped_days for s in statements.values()),
          "off-peak", sum(s.off_peak for s in statements.values()))
    print("proposed tariff", f"£{revised / 100:,.2f}", f"({(revised - total) / total:+.1%})")


if __name__ == "__main__":
    main()
