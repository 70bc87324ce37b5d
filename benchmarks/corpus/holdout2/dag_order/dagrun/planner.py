"""Plan the build order of a warehouse's data models."""

from __future__ import annotations


def execution_order(models: dict[str, list[str]]) -> list[str]:
    """An order in which every model is built after all the models it depends on.

    `models` maps each model's name to the names of the models it reads from; a name
    listed twice counts once. Of the models whose dependencies are all built, the one
    with the smallest name goes next, so the plan is the same on every run.
    Raises KeyError for a dependency that is not a model (the first one found, in dict
    and list order) and ValueError naming the models, sorted, that are stuck in or
    behind a dependency cycle.
    """
    for name, dependencies in models.items():
        for dependency in dependencies:
            if dependency not in models:
                raise KeyError(f"{name} depends on unknown model {dependency!r}")
    dependents: dict[str, list[str]] = {name: [] for name in models}
    waiting: dict[str, int] = {}
    for name, dependencies in models.items():
        unique = list(dict.fromkeys(dependencies))
        waiting[name] = len(unique)
        for dependency in unique:
            dependents[dependency].append(name)
    ready = [name for name in models if waiting[name] == 0]
    order = []
    while ready:
        ready.sort()
        name = ready.pop(0)
        order.append(name)
        for dependent in dependents[name]:
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                ready.append(dependent)
    if len(order) < len(models):
        stuck = sorted(name for name in models if waiting[name] > 0)
        raise ValueError(f"dependency cycle among: {', '.join(stuck)}")
    return order
