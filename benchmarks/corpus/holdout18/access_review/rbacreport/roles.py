"""The role catalogue: permissions granted directly and roles inherited."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping


@dataclass
class Role:
    name: str
    permissions: list[str] = field(default_factory=list)  # "application:resource:action"
    inherits: list[str] = field(default_factory=list)  # roles whose permissions this role includes


def load_roles(rows: Iterable[Mapping[str, Any]]) -> dict[str, Role]:
    """Roles from the catalogue export, where lists are space-separated."""
    roles = {}
    for row in rows:
        name = row["role"].strip()
        roles[name] = Role(name, (row.get("permissions") or "").split(), (row.get("inherits") or "").split())
    return roles


def effective_permissions(name: str, roles: Mapping[str, Role], path: tuple[str, ...] = ()) -> set[str]:
    """Everything the role grants, directly or through the roles it inherits."""
    if name in path:
        raise ValueError(f"role inheritance cycle: {' -> '.join(path + (name,))}")
    role = roles[name]
    granted = set(role.permissions)
    for parent in role.inherits:
        granted |= effective_permissions(parent, roles, path + (name,))
    return granted
