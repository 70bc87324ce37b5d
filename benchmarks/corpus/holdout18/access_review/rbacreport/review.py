"""The access-review workbook: who can do what, and where duties are not segregated."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from rbacreport.roles import Role, effective_permissions

SENSITIVE_PREFIXES = ("finance:", "hr:", "prod:")

# Pairs of permissions that one person should not hold together.
SOD_RULES = [
    ("finance:payments:create", "finance:payments:approve"),
    ("finance:vendors:edit", "finance:payments:approve"),
    ("hr:payroll:edit", "hr:payroll:approve"),
    ("prod:deploy:request", "prod:deploy:approve"),
    ("iam:roles:assign", "iam:roles:approve"),
]


def access_review(users: Sequence[Mapping[str, Any]], roles: Mapping[str, Role],
                  sod_rules: Sequence[tuple[str, str]] = SOD_RULES) -> dict[str, Any]:
    """Per-user effective permissions and conflicts, and the holders of every permission.

    ``users`` rows have ``user`` and ``roles`` (the roles assigned to them directly).
    Holders are listed in the order the users are given.
    """
    report = {}
    holders: dict[str, list[Any]] = {}
    for user in users:
        granted: set[str] = set()
        for name in user["roles"]:
            granted |= effective_permissions(name, roles)
        report[user["user"]] = {
            "roles": list(user["roles"]),
            "permissions": len(granted),
            "sensitive": sorted(permission for permission in granted if permission.startswith(SENSITIVE_PREFIXES)),
            "conflicts": [(first, second) for first, second in sod_rules if first in granted and second in granted],
        }
        for permission in sorted(granted):
            holders.setdefault(permission, []).append(user["user"])
    return {"users": report, "holders": holders}
