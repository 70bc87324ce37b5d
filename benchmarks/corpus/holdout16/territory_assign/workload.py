"""Quarterly re-assignment of all CRM accounts to the current territory plan."""

import random
import string

from salesmap.territories import Rule, TerritoryMap

AREAS = ["AB", "B", "BS", "CF", "CV", "E", "EC", "EH", "G", "L", "LS", "M", "N", "NE", "NW", "OX",
         "RG", "S", "SE", "SO", "SW", "W", "WC", "YO"]
REPS = [f"rep{n:02d}" for n in range(40)]


def main() -> None:
    rng = random.Random(2024)
    rules = []
    for area in AREAS:
        rules.append(Rule(area, f"{area} area", rng.choice(REPS)))
        for district in range(1, rng.randint(12, 30)):
            rules.append(Rule(f"{area}{district}", f"{area}{district} district", rng.choice(REPS)))
            if rng.random() < 0.3:
                for sector in range(rng.randint(1, 6)):
                    rules.append(Rule(f"{area}{district} {sector}", f"{area}{district} {sector} sector", rng.choice(REPS)))
    rng.shuffle(rules)
    accounts = []
    for number in range(3000):
        area = rng.choice(AREAS + ["ZE", "HS"])
        postcode = f"{area}{rng.randint(1, 32)} {rng.randint(0, 9)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
        if rng.random() < 0.3:
            postcode = postcode.lower().replace(" ", "")
        accounts.append({"id": f"ACC-{number:06d}", "postcode": postcode})
    result = TerritoryMap(rules).assign(accounts)
    busiest = max(result["per_rep"].items(), key=lambda item: item[1])
    print(len(rules), "rules;", len(result["assigned"]), "assigned;", len(result["unassigned"]), "unassigned;", "busiest", busiest)


if __name__ == "__main__":
    main()
