"""Year-end service-charge reconciliation for the business park: budget and actuals per unit."""

import random

from servicecharge.apportion import apportion
from servicecharge.statements import balancing_charges, pounds, quarterly_demands
from servicecharge.tenancy import CostLine, Tenant

ESTATE_COSTS = ["Security patrols", "CCTV maintenance", "Landscaping", "Estate roads", "Gritting", "Estate lighting",
                "Management fee", "Insurance", "Audit fee", "Waste management", "Signage", "Drainage", "Pest control",
                "Reception staff", "Sinking fund"]
BUILDING_COSTS = ["Cleaning", "Window cleaning", "Electricity common parts", "Fire alarm", "Roof repairs", "Water"]


def main() -> None:
    rng = random.Random(2024)
    buildings = [f"Building {letter}" for letter in "ABCDEFGHJK"]
    tenants = []
    for number in range(500):
        building = buildings[number % len(buildings)]
        schedules = ["estate", building]
        if rng.random() < 0.6:
            schedules.append("lifts")
        if rng.random() < 0.4:
            schedules.append("car park")
        tenants.append(Tenant(f"U{number + 1:03d}", f"Tenant {number + 1}", rng.choice([250, 400, 650, 1200, 2500, 4800]),
                              tuple(schedules)))
    budget, actual = [], []
    for year_lines, spread in ((budget, 0.0), (actual, 0.15)):
        for n, cost in enumerate(ESTATE_COSTS * 5):
            amount = rng.randint(200_000, 9_000_000)
            year_lines.append(CostLine(f"E{n:03d}", cost, "estate", int(amount * (1 + rng.uniform(-spread, spread)))))
        for building in buildings:
            for n, cost in enumerate(BUILDING_COSTS):
                year_lines.append(CostLine(f"{building[-1]}{n:02d}", f"{building}: {cost}", building, rng.randint(50_000, 2_000_000)))
        year_lines.append(CostLine("L01", "Lift maintenance", "lifts", rng.randint(1_000_000, 3_000_000)))
        year_lines.append(CostLine("P01", "Car park barrier and lining", "car park", rng.randint(300_000, 900_000)))
    on_account = apportion(budget, tenants)
    year_end = apportion(actual, tenants)
    balance = balancing_charges(on_account, year_end)
    total_budget = sum(sum(codes.values()) for codes in on_account.values())
    assert total_budget == sum(line.amount for line in budget)
    print(f"{len(tenants)} units, budget {pounds(total_budget)}, actual {pounds(sum(line.amount for line in actual))}")
    print("U001 quarterly demands:", ", ".join(pounds(q) for q in quarterly_demands(sum(on_account["U001"].values()))))
    largest = sorted(balance.items(), key=lambda item: (-abs(item[1]), item[0]))[:3]
    print("largest balancing charges:", ", ".join(f"{unit} {pounds(amount)}" for unit, amount in largest))


if __name__ == "__main__":
    main()
