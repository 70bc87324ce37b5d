"""Settle a whole crop year of scale tickets from the co-operative's six elevators."""

import random

from grainshrink.schedule import read_schedules
from grainshrink.settlement import grower_statements, settle_tickets
from grainshrink.tickets import ScaleTicket

CROPS = {  # base moisture, base test weight, base foreign material, price
    "corn": (15.5, 54.0, 3.0, 4.18),
    "soybeans": (13.0, 54.0, 1.0, 10.62),
    "wheat": (13.5, 58.0, 1.0, 5.71),
}


def schedule_csv() -> str:
    rows = ["crop,factor,low,high,shrink_pct,discount"]
    for crop, (base_moisture, base_tw, base_fm, _) in CROPS.items():
        for tenth in range(0, 350):
            low, high = tenth / 10, (tenth + 1) / 10
            over = max(0.0, low - base_moisture + 0.05)
            shrink = round(over * 1.4 + (0.5 if over else 0), 2)
            drying = round(0.02 * ((over * 10 + 4) // 5), 3) if over else 0
            rows.append(f"{crop},moisture,{low},{high},{shrink},{drying}")
        for tenth in range(300, 700):
            low, high = tenth / 10, (tenth + 1) / 10
            under = max(0.0, base_tw - high + 0.05)
            rows.append(f"{crop},test_weight,{low},{high},0,{round(0.01 * ((under * 10 + 4) // 5), 3)}")
        for tenth in range(0, 250):
            low, high = tenth / 10, (tenth + 1) / 10
            over = max(0.0, low - base_fm + 0.05)
            rows.append(f"{crop},foreign_material,{low},{high},{round(over, 2)},{0.02 if over else 0}")
    return "\n".join(rows) + "\n"


def harvest_tickets(rng: random.Random) -> list[ScaleTicket]:
    growers = [f"Grower {number:04d}" for number in range(1100)]
    crops = rng.choices(list(CROPS), [6, 3, 1], k=118000)
    tickets = []
    for number, crop in enumerate(crops):
        base_moisture, base_tw, base_fm, _ = CROPS[crop]
        tare = rng.randint(26000, 34000)
        moisture = round(min(34.9, max(8.0, base_moisture + 1.5 + rng.uniform(-4.0, 5.0))), 1)
        test_weight = round(min(69.9, max(40.0, base_tw + 1.5 + rng.uniform(-3.5, 3.0))), 1)
        fm = round(min(24.9, base_fm * rng.uniform(0.1, 1.4)), 1)
        tickets.append(ScaleTicket(f"E{number % 6 + 1}-{number:06d}", rng.choice(growers), crop,
                                   tare + rng.randint(30000, 52000), tare, moisture, test_weight, fm))
    return tickets


def main() -> None:
    rng = random.Random(3306)
    schedules = read_schedules(schedule_csv())
    tickets = harvest_tickets(rng)
    prices = {crop: values[3] for crop, values in CROPS.items()}
    lines = settle_tickets(tickets, schedules, prices)
    statements = grower_statements(lines)
    total = sum(statement["amount"] for statement in statements.values())
    print(f"{len(lines)} tickets settled for {len(statements)} growers, {total:,.2f} due")
    print(lines[:2])


if __name__ == "__main__":
    main()
