"""Packages as listed in the product's lockfile."""

from __future__ import annotations

import re
from dataclasses import dataclass

LICENCE_ID = re.compile(r"[A-Za-z0-9.+-]+")
OPERATORS = {"AND", "OR", "WITH"}


@dataclass(frozen=True)
class Package:
    """A locked package: its SPDX licence identifiers and the names of the packages it depends on."""

    name: str
    version: str
    licences: tuple[str, ...]
    dependencies: tuple[str, ...] = ()


def licence_ids(expression: str) -> tuple[str, ...]:
    """The licence identifiers of an SPDX expression, in order, without operators or duplicates.

    ``(MIT OR Apache-2.0) AND BSD-3-Clause`` gives ``("MIT", "Apache-2.0", "BSD-3-Clause")``.
    An empty expression gives ``("NOASSERTION",)``.
    """
    found: dict[str, None] = {}
    for token in LICENCE_ID.findall(expression):
        if token not in OPERATORS:
            found[token] = None
    return tuple(found) or ("NOASSERTION",)


def parse_lockfile(text: str) -> dict[str, Package]:
    """Packages from the lockfile's ``[[package]]`` tables, keyed by name.

    Each table has ``name``, ``version`` and ``license`` string keys and an optional
    ``dependencies`` list of names. Raises ValueError for a table without a name or a
    line that is not ``key = value``.
    """
    tables: list[dict[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line == "[[package]]":
            tables.append({})
            continue
        key, equals, value = line.partition("=")
        if not equals or not tables:
            raise ValueError(f"line {number}: cannot read {raw!r}")
        tables[-1][key.strip()] = value.strip()
    packages: dict[str, Package] = {}
    for table in tables:
        if "name" not in table:
            raise ValueError("a [[package]] table has no name")
        name = table["name"].strip('"')
        dependencies = tuple(part.strip().strip('"') for part in table.get("dependencies", "[]").strip("[]").split(",") if part.strip())
        packages[name] = Package(name, table.get("version", '""').strip('"'), licence_ids(table.get("license", '""').strip('"')), dependencies)
    return packages
