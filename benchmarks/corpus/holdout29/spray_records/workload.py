"""Pre-audit check of the farm group's spray diary for the season (all farms, all fields)."""

import random
from datetime import date, timedelta

from spray_records.compliance import check_spray_diary
from spray_records.diary import parse_diary

SYLLABLES = ["am", "is", "tar", "ka", "ra", "te", "zo", "on", "pro", "sar", "ox", "ell", "ven", "tis", "cor", "dex",
             "fla", "mo", "nit", "rex", "sol", "tri", "vel", "zan"]
SUFFIXES = ["", " Top", " Plus", " EC", " SC", " 250", " Pro", " Flex", " Xpro", " Duo"]


def label_table(rng: random.Random, count: int) -> tuple[str, list[tuple[str, float]]]:
    rows = ["# Approved crop-protection products, season 2024 (maintained by the group agronomist)",
            "# product | max dose | max applications | harvest interval"]
    products: list[tuple[str, float]] = []
    names: set[str] = set()
    while len(products) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() + rng.choice(SUFFIXES)
        if name.casefold() in names:
            continue
        names.add(name.casefold())
        if rng.random() < 0.3:
            millilitres = rng.choice([50, 75, 100, 125, 200, 250, 500])
            dose, max_dose = f"{millilitres} ml/ha", millilitres / 1000
        else:
            max_dose = rng.choice([0.5, 0.6, 0.75, 1.0, 1.2, 1.5, 2.0, 2.5, 2.88, 3.0])
            dose = f"{max_dose} l/ha"
        interval = rng.choice(["7 days", "14 days", "21 days", "28 days", "35 days", "56 days", "none", "-"])
        rows.append(f"{name} | {dose} | {rng.randint(1, 4)} | {interval}")
        products.append((name, max_dose))
    return "\n".join(rows) + "\n", products


def main() -> None:
    rng = random.Random(2906)
    table, products = label_table(rng, 170)
    fields = [f"{farm} - {name}" for farm in ("Manor Farm", "Hill Farm", "Brookside")
              for name in ("Long Acre", "Top Field", "Church Piece", "Forty Acres", "Low Meadow", "Windmill",
                           "Old Orchard", "Barn Close", "Pond Field", "Great Ground", "Little Ley", "The Slade")]
    harvest = {field: date(2024, 7, 15) + timedelta(days=rng.randint(0, 50)) for field in fields}
    rows = ["field,product,date,dose"]
    for _ in range(3300):
        field = rng.choice(fields)
        name, max_dose = rng.choice(products) if rng.random() < 0.98 else ("Homebrew Mix", 1.0)
        applied = date(2024, 3, 1) + timedelta(days=rng.randint(0, 150))
        dose = round(max_dose * rng.uniform(0.5, 1.08), 3)
        rows.append(f"{field},{name if rng.random() < 0.9 else name.upper()},{applied.isoformat()},{dose}")
    records = parse_diary("\n".join(rows) + "\n")
    issues = check_spray_diary(records, table, harvest)
    by_problem: dict[str, int] = {}
    for issue in issues:
        by_problem[issue.problem] = by_problem.get(issue.problem, 0) + 1
    print(f"{len(records)} applications checked, {len(issues)} issues")
    for problem, count in sorted(by_problem.items()):
        print(f"  {problem}: {count}")


if __name__ == "__main__":
    main()
