"""Landed-cost allocation for a month of inbound sea containers before the stock revaluation."""

import random

from landed_cost.allocation import allocate_landed_costs
from landed_cost.shipment import parse_packing_list
from landed_cost.valuation import weighted_average_costs

CATEGORIES = [("MUG", 180, 420, "4.0"), ("BOWL", 220, 650, "4.0"), ("VASE", 1400, 1800, "3.7"),
              ("TOWEL", 450, 380, "12.0"), ("CUSHION", 900, 700, "8.0"), ("CANDLE", 300, 350, "0.0"),
              ("LAMP", 2600, 2300, "2.7"), ("RUG", 5200, 4800, "8.0"), ("FRAME", 350, 500, "0.0")]


def packing_list(rng: random.Random, lines: int) -> str:
    rows = ["sku,qty,unit_cost,unit_weight_g,duty_pct"]
    for number in range(lines):
        name, cost, weight, duty = rng.choice(CATEGORIES)
        unit_cost = max(1, int(cost * rng.uniform(0.6, 1.6)))
        rows.append(f"{name}-{number:05d},{rng.choice([6, 12, 24, 48, 60, 120, 240])},{unit_cost // 100}.{unit_cost % 100:02d},"
                    f"{int(weight * rng.uniform(0.7, 1.4))},{duty}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(2910)
    stock: dict[str, tuple[int, int]] = {}
    freight_total = duty_total = 0
    containers = 0
    for _ in range(18):
        lines = parse_packing_list(packing_list(rng, rng.randint(400, 1400)))
        landed = allocate_landed_costs(lines, rng.randint(180_000, 420_000), rng.randint(9_000, 30_000))
        stock = weighted_average_costs(stock, landed)
        freight_total += sum(line.freight_cents for line in landed)
        duty_total += sum(line.duty_cents for line in landed)
        containers += 1
    value = sum(units * cost for units, cost in stock.values())
    print(f"{containers} containers, {len(stock)} SKUs received, stock value {value / 100:,.2f}")
    print(f"freight {freight_total / 100:,.2f}, duty {duty_total / 100:,.2f}")


if __name__ == "__main__":
    main()
