"""Pass advice for a month of the journey planner's saved travel calendars."""

import random
from datetime import date, timedelta

from pass_advisor.fares import parse_fare_table
from pass_advisor.planner import advise
from pass_advisor.plans import TravelPlan, commute_dates

FARE_TABLE = """# regional zone A-C passes, 2024 tariff
day,1,12.40
3-day,3,31.50
7-day,7,54.80
30-day,30,189.00
"""

PUBLIC_HOLIDAYS = [date(2024, 4, 1), date(2024, 5, 1), date(2024, 5, 9), date(2024, 5, 20)]


def planned_travel(rng: random.Random, commuter: str) -> TravelPlan:
    """A hybrid worker's next few weeks: office days, some leave, the odd weekend trip."""
    start = date(2024, 3, 25) + timedelta(days=rng.randrange(0, 28))
    end = start + timedelta(days=rng.randint(24, 34))
    office_days = rng.sample(range(5), rng.choice([2, 2, 3, 3, 4]))
    leave_start = start + timedelta(days=rng.randrange(0, 30))
    leave = [leave_start + timedelta(days=offset) for offset in range(rng.choice([0, 0, 3, 5]))]
    dates = commute_dates(start, end, office_days, skip=PUBLIC_HOLIDAYS + leave)
    for _ in range(rng.randint(0, 3)):
        dates.append(start + timedelta(days=rng.randrange(0, 30)))
    rng.shuffle(dates)
    return TravelPlan(commuter, start, dates)


def main() -> None:
    rng = random.Random(3001)
    passes = parse_fare_table(FARE_TABLE)
    plans = [planned_travel(rng, f"C{number:05d}") for number in range(380)]
    advice = [advise(plan, passes) for plan in plans]
    spend = sum(item.total_cents for item in advice)
    saved = sum(item.saving_cents for item in advice)
    bought = {}
    for item in advice:
        for name, _ in item.purchases:
            bought[name] = bought.get(name, 0) + 1
    print(f"{len(advice)} plans, total spend {spend / 100:.2f} EUR, saving {saved / 100:.2f} EUR over day passes")
    print("passes suggested:", ", ".join(f"{name} x{count}" for name, count in sorted(bought.items())))


if __name__ == "__main__":
    main()
