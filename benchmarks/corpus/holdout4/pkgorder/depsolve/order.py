"""Deterministic install order for a set of packages and their direct dependencies."""

from __future__ import annotations

from typing import Mapping, Sequence


class CycleError(ValueError):
    """The dependencies of some packages form a cycle."""


def parse_requirements(text: str) -> dict[str, list[str]]:
    """Parse lines of the form `name: dep1, dep2` (blank lines and # comments ignored)."""
    requirements: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, deps = line.partition(":")
        requirements[name.strip()] = [dep.strip() for dep in deps.split(",") if dep.strip()]
    return requirements


def install_order(requirements: Mapping[str, Sequence[str]]) -> list[str]:
    """Every package once, each after all of its dependencies.

    Whenever several packages could be installed next, the alphabetically first one is
    taken, so the order is reproducible. Raises KeyError naming the first dependency (in
    mapping order) that is not itself a key, and CycleError, listing the packages that
    could not be placed in alphabetical order, if the dependencies are circular.
    """
    known = list(requirements)
    for name, deps in requirements.items():
        for dep in deps:
            if dep not in known:
                raise KeyError(f"{name} depends on unknown package {dep}")
    installed: list[str] = []
    pending = sorted(requirements)
    while pending:
        for name in pending:
            if all(dep in installed for dep in requirements[name]):
                break
        else:
            raise CycleError("dependency cycle among: " + ", ".join(pending))
        pending.remove(name)
        installed.append(name)
    return installed
