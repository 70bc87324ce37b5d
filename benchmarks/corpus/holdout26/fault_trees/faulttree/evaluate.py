"""Top-event probability of a fault tree, assuming independent basic events."""

from __future__ import annotations

from collections.abc import Mapping

from faulttree.model import FaultTree


def _at_least(k: int, probabilities: list[float]) -> float:
    """Probability that at least ``k`` of independent events with these probabilities occur."""
    distribution = [1.0]
    for p in probabilities:
        shifted = [0.0] * (len(distribution) + 1)
        for count, weight in enumerate(distribution):
            shifted[count] += weight * (1.0 - p)
            shifted[count + 1] += weight * p
        distribution = shifted
    return sum(distribution[k:])


def _probability(tree: FaultTree, name: str, overrides: Mapping[str, float], path: tuple[str, ...]) -> float:
    """Probability of the named event or gate; ``path`` holds the gates being evaluated above it."""
    if name in overrides:
        return overrides[name]
    if name in tree.events:
        return tree.events[name]
    gate = tree.gates.get(name)
    if gate is None:
        raise ValueError(f"unknown event or gate {name!r}")
    if name in path:
        raise ValueError(f"cycle through gate {name!r}")
    below = path + (name,)
    inputs = [_probability(tree, child, overrides, below) for child in gate.inputs]
    if gate.kind == "and":
        result = 1.0
        for p in inputs:
            result *= p
        return result
    if gate.kind == "or":
        none = 1.0
        for p in inputs:
            none *= 1.0 - p
        return 1.0 - none
    if gate.kind == "vote":
        return _at_least(gate.k, inputs)
    raise ValueError(f"gate {name!r} has unknown kind {gate.kind!r}")


def top_event_probability(tree: FaultTree, top: str, overrides: Mapping[str, float] | None = None) -> float:
    """Probability of the ``top`` event, with basic events treated as independent.

    ``overrides`` maps event or gate names to probabilities that replace the tree's own
    (1.0 for "assume it has failed", 0.0 for "assume it works"). Raises ValueError for an
    override that names nothing in the tree or lies outside [0, 1], for a name the tree
    does not define, and for a gate that is (directly or indirectly) its own input.
    """
    fixed = dict(overrides or {})
    for name, value in fixed.items():
        if name not in tree.events and name not in tree.gates:
            raise ValueError(f"override for unknown name {name!r}")
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"override for {name!r} outside [0, 1]: {value}")
    return _probability(tree, top, fixed, ())
