"""Review a quarter of batches from the roastery's three drum roasters (2 Hz controller logs)."""

import random

from roast_profiles.logs import BatchLog, parse_batch_log
from roast_profiles.report import batch_report

# (first crack sample, drop sample, whether the profile stalls after first crack)
RECIPES = {"espresso": (960, 1200, False), "filter": (900, 1080, False), "decaf": (880, 1110, True)}


def recipe_curve(fc_at: int, drop_at: int, stalls: bool) -> list[int]:
    """The recipe's bean-temperature curve in tenths of a degree, 20 s past the drop."""
    temp, curve = 205.0, []
    for sample in range(drop_at + 40):
        if sample < 120:
            temp -= (temp - 85) * 0.02
        else:
            rise = max(0.02, (230 - temp) * 0.0012)
            if sample > fc_at:
                rise *= 0.15 if stalls and sample < fc_at + 90 else 0.7
            temp += rise
        curve.append(int(round(temp * 10)))
    return curve


def simulated_batch(rng: random.Random, name: str, recipe: str, curve: list[int]) -> BatchLog:
    """A batch as stored by the controller: the recipe curve with probe noise and dropouts."""
    fc_at, drop_at, _ = RECIPES[recipe]
    offset = rng.randint(-40, 40)
    noise = [rng.randint(-3, 3) for _ in range(61)]
    gaps = {rng.randrange(200, drop_at) for _ in range(rng.randint(0, 4))}
    log = BatchLog(name, 0.5)
    log.bean = [None if index in gaps else value + offset + noise[index % 61] for index, value in enumerate(curve)]
    log.environment = [value + 300 for value in curve]
    log.events.update({"CHARGE": 0, "DRY": 500, "FC": fc_at, "DROP": drop_at})
    return log


def exported(log: BatchLog) -> str:
    rows = ["bt,et,event"]
    marks = {index: event for event, index in log.events.items()}
    for index, (bean, env) in enumerate(zip(log.bean, log.environment)):
        rows.append(f"{'' if bean is None else bean},{env},{marks.get(index, '')}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(2902)
    curves = {recipe: recipe_curve(*shape) for recipe, shape in RECIPES.items()}
    batches = []
    for number in range(560):
        recipe = rng.choice(list(RECIPES))
        batches.append(simulated_batch(rng, f"R{1 + number % 3}-{number:04d}", recipe, curves[recipe]))
    batches[:5] = [parse_batch_log(log.batch, exported(log)) for log in batches[:5]]
    reports = [batch_report(log) for log in batches]
    dtr = sum(report.dtr_percent for report in reports) / len(reports)
    print(f"{len(reports)} batches, mean DTR {dtr:.1f}%, {sum(r.crashed for r in reports)} with a crash after first crack")
    fastest = max(reports, key=lambda report: report.peak_ror or 0.0)
    print(f"hottest peak RoR {fastest.peak_ror} C/min in batch {fastest.batch}")


if __name__ == "__main__":
    main()
