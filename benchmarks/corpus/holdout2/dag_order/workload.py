"""Plan tonight's warehouse refresh: thousands of staging, intermediate and mart models."""

import random

from dagrun.planner import execution_order


def make_project(rng: random.Random) -> dict[str, list[str]]:
    models: dict[str, list[str]] = {}
    sources = [f"src_{system}_{table:04d}" for system in ("erp", "crm", "web") for table in range(3200)]
    for name in sources:
        models[name] = []
    staging = []
    for source in sources:
        name = "stg_" + source[4:]
        models[name] = [source]
        staging.append(name)
    intermediate = []
    for number in range(2000):
        name = f"int_{rng.choice(['orders', 'users', 'events', 'billing'])}_{number:04d}"
        models[name] = rng.sample(staging, rng.randint(1, 4))
        intermediate.append(name)
    for number in range(800):
        models[f"mart_{number:04d}"] = rng.sample(intermediate, rng.randint(2, 6)) + rng.sample(staging, 1)
    items = list(models.items())
    rng.shuffle(items)
    return dict(items)


def main() -> None:
    rng = random.Random(1234)
    models = make_project(rng)
    order = execution_order(models)
    print(len(order), order[0], order[-1], order.index("mart_0000"))


if __name__ == "__main__":
    main()
