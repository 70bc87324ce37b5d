"""Licences that reach each package through its dependencies."""

from __future__ import annotations

from collections.abc import Mapping

from licscan.lockfile import Package


def collect_licences(name: str, packages: Mapping[str, Package], path: tuple[str, ...] = ()) -> set[str]:
    """The licences of package ``name`` and of everything it depends on, directly or not.

    ``path`` is the chain of packages that led here. Raises KeyError for a dependency
    that is not in ``packages`` and ValueError for a dependency cycle.
    """
    if name in path:
        raise ValueError("dependency cycle: " + " -> ".join(path + (name,)))
    package = packages[name]
    found = set(package.licences)
    for dependency in package.dependencies:
        found |= collect_licences(dependency, packages, path + (name,))
    return found


def transitive_licences(packages: Mapping[str, Package]) -> dict[str, list[str]]:
    """For every package, in the order of ``packages``, the sorted licences it brings in."""
    return {name: sorted(collect_licences(name, packages)) for name in packages}
