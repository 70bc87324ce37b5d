"""Board pack: department totals under each of the finance team's what-if scenarios."""

import random

from budgetplan.scenarios import LineItem, scenario_totals

DEPARTMENTS = ["programs", "fundraising", "operations", "it", "communications", "research", "volunteers"]
TAGS = ["salary", "rent", "travel", "grant-funded", "contractor", "software", "events"]


def main() -> None:
    rng = random.Random(4040)
    budget = []
    for n in range(3000):
        department = rng.choice(DEPARTMENTS)
        base = round(rng.uniform(100, 9000), 2)
        monthly = [round(base * rng.uniform(0.8, 1.2), 2) for _ in range(12)]
        budget.append(LineItem(f"{department}-{n:04d}", department, monthly, rng.sample(TAGS, rng.randint(0, 3))))
    scenarios = {"baseline": []}
    for s in range(60):
        adjustments = []
        for _ in range(rng.randint(1, 6)):
            kind = rng.random()
            if kind < 0.3:
                target = "dept:" + rng.choice(DEPARTMENTS)
            elif kind < 0.6:
                target = "tag:" + rng.choice(TAGS)
            else:
                target = rng.choice(budget).name
            adjustments.append((target, round(rng.uniform(0.7, 1.3), 3)))
        scenarios[f"scenario-{s:02d}"] = adjustments
    results = scenario_totals(budget, scenarios)
    baseline = sum(results["baseline"].values())
    spread = sorted((round(sum(t.values()) - baseline, 2), name) for name, t in results.items())
    print(f"{len(budget)} lines, {len(results)} scenarios, baseline {baseline:,.2f}")
    print("cheapest:", spread[0], "dearest:", spread[-1])


if __name__ == "__main__":
    main()
