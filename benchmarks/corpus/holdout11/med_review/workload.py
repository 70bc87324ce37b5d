"""Monthly medication review across the group's care homes."""

import random
from collections import Counter

from rxcheck.interactions import interaction_report, load_interactions

STEMS = ["pril", "sartan", "olol", "statin", "azole", "mycin", "oxacin", "dipine", "prazole", "tidine", "parin", "farin", "gliptin", "formin", "triptan", "setron"]
PREFIXES = ["ami", "beta", "cara", "delo", "eno", "flu", "gali", "hydro", "iso", "keto", "levo", "meto", "nife", "ome", "pra", "rosu", "sima", "tela", "vala", "zolmi", "ator", "cipro", "clari"]


def main() -> None:
    rng = random.Random(112)
    drugs = sorted({p + s for p in PREFIXES for s in STEMS})
    lines = ["drug_a;drug_b;severity"]
    for _ in range(1400):
        a, b = rng.sample(drugs, 2)
        severity = rng.choices(["contraindicated", "major", "moderate", "minor"], [1, 4, 10, 6])[0]
        lines.append(f"{a.capitalize() if rng.random() < 0.5 else a};{b};{severity}")
    interactions = load_interactions("\n".join(lines))
    common = drugs[:60]
    residents = {}
    for r in range(520):
        count = rng.randint(3, 14)
        chart = [rng.choice(common) if rng.random() < 0.6 else rng.choice(drugs) for _ in range(count)]
        residents[f"res-{r:04d}"] = [f"{name.capitalize()} {rng.choice([5, 10, 20, 40, 250])} mg" for name in chart]
    report = interaction_report(residents, interactions)
    severities = Counter(severity for pairs in report.values() for _, _, severity in pairs)
    print(len(report), sum(len(pairs) for pairs in report.values()), sorted(severities.items()))


if __name__ == "__main__":
    main()
