"""Periodic KYC refresh: ultimate beneficial owners of the bank's corporate customers."""

import random

from kycgraph.graph import OwnershipGraph
from kycgraph.registry import Holding

FIRST = ["Anna", "Boris", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Katya", "Luca"]
LAST = ["Andersen", "Bianchi", "Costa", "Dimitrov", "Eriksen", "Fontaine", "Gruber", "Horvath", "Ivanova", "Janssen"]


def split(rng: random.Random, parts: int, total: float = 100.0) -> list[float]:
    cuts = sorted(rng.uniform(0, total) for _ in range(parts - 1))
    edges = [0.0] + cuts + [total]
    return [round(max(0.01, edges[k + 1] - edges[k]), 2) for k in range(parts)]


def main() -> None:
    rng = random.Random(1989)
    people: dict[str, str] = {}
    holdings: list[Holding] = []
    customers: list[str] = []
    company_no = 0
    for group in range(34):
        founders = []
        for _ in range(rng.randint(2, 5)):
            pid = f"P{len(people):06d}"
            people[pid] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            founders.append(pid)
        layer = []
        for _ in range(rng.randint(2, 3)):
            company_no += 1
            company = f"HRB{company_no:07d}"
            owners = rng.sample(founders, rng.randint(1, len(founders)))
            holdings += [Holding(owner, company, pct) for owner, pct in zip(owners, split(rng, len(owners)))]
            layer.append(company)
        for depth in range(rng.randint(3, 5)):
            next_layer = []
            for _ in range(rng.randint(3, 4)):
                company_no += 1
                company = f"HRB{company_no:07d}"
                owners = rng.sample(layer, min(len(layer), rng.randint(2, 3)))
                if rng.random() < 0.3:
                    owners.append(rng.choice(founders))
                free_float = rng.random() < 0.2
                shares = split(rng, len(owners), 100.0 - (rng.uniform(5, 30) if free_float else 0.0))
                holdings += [Holding(owner, company, pct) for owner, pct in zip(owners, shares)]
                next_layer.append(company)
            layer = next_layer
            customers += layer
    # unrelated registry records for the rest of the market
    for _ in range(4000):
        company_no += 1
        holdings.append(Holding(f"P{rng.randrange(10**6, 10**7)}", f"HRB{company_no:07d}", 100.0))
    rng.shuffle(holdings)
    graph = OwnershipGraph(holdings, people)
    report = graph.ubo_report(customers, threshold=25.0)
    with_ubo = sum(1 for entry in report if entry["owners"])
    print("customers", len(report), "with a UBO over 25%:", with_ubo, "holdings", len(holdings))
    print(report[-1])


if __name__ == "__main__":
    main()
