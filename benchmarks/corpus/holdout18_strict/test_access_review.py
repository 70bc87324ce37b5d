"""Strict equivalence tests for access_review (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from rbacreport.review import access_review
from rbacreport.roles import Role

TARGET = "rbacreport/review.py:access_review"


def effective_permissions(name, roles, path=()):
    if name in path:
        raise ValueError(f"role inheritance cycle: {' -> '.join(path + (name,))}")
    role = roles[name]
    granted = set(role.permissions)
    for parent in role.inherits:
        granted |= effective_permissions(parent, roles, path + (name,))
    return granted


SENSITIVE_PREFIXES = ("finance:", "hr:", "prod:")

SOD_RULES = [
    ("finance:payments:create", "finance:payments:approve"),
    ("finance:vendors:edit", "finance:payments:approve"),
    ("hr:payroll:edit", "hr:payroll:approve"),
    ("prod:deploy:request", "prod:deploy:approve"),
    ("iam:roles:assign", "iam:roles:approve"),
]


def reference(users, roles, sod_rules=SOD_RULES):
    report = {}
    holders = {}
    for user in users:
        granted = set()
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


def r(name, permissions="", inherits=""):
    return Role(name, permissions.split(), inherits.split())


def catalogue(*roles):
    return {role.name: role for role in roles}


BASE = catalogue(
    r("reader", "wiki:pages:read crm:accounts:read"),
    r("clerk", "finance:payments:create", "reader"),
    r("approver", "finance:payments:approve", "reader"),
    r("controller", "", "clerk approver"),
    r("hr", "hr:records:read hr:payroll:edit"),
    r("hr-lead", "hr:payroll:approve", "hr"),
    r("deployer", "prod:deploy:request git:repos:read"),
    r("release-manager", "prod:deploy:approve", "deployer reader"),
    r("admin", "iam:roles:assign iam:roles:approve", "controller hr-lead release-manager"),
    r("empty"),
)


def u(user, *roles):
    return {"user": user, "roles": list(roles)}


CYCLE = catalogue(r("a", "x:y:z", "b"), r("b", "finance:q:r", "c"), r("c", "", "a"), r("ok", "hr:a:b"))
DIAMOND = catalogue(r("top", "t:t:t", "left right"), r("left", "l:l:l", "base"), r("right", "r:r:r", "base"),
                    r("base", "finance:base:read hr:base:read"))
CHAIN = catalogue(*[r(f"c{n}", f"p:{n}:read" + (" finance:x:y" if n == 0 else ""), f"c{n - 1}" if n else "")
                    for n in range(120)])

CASES = [
    ([], BASE),
    ((), {}),
    ([u("ann")], BASE),
    ([u("ann")], {}),
    ([u("ann", "reader")], BASE),
    ([u("ann", "controller")], BASE),
    ([u("ann", "admin")], BASE),
    ([u("ann", "empty")], BASE),
    ([u("ann", "clerk", "approver")], BASE),
    ([u("ann", "clerk", "clerk", "reader")], BASE),
    ([u("ann", "hr-lead"), u("bob", "hr"), u("cy", "release-manager"), u("dee", "admin", "empty")], BASE),
    ([u("bob", "reader"), u("ann", "reader"), u("bob", "clerk")], BASE),
    ([u("ann", "top")], DIAMOND),
    ([u("ann", "left", "right")], DIAMOND),
    ([u("ann", "c119")], CHAIN),
    ([u("ann", "c119"), u("bob", "c60"), u("cy", "c0")], CHAIN),
    # errors
    ([u("ann", "nobody")], BASE),
    ([u("ann", "reader"), u("bob", "nobody")], BASE),
    ([u("ann", "a")], CYCLE),
    ([u("ann", "ok")], CYCLE),
    ([u("ann", "ok"), u("bob", "c")], CYCLE),
    ([u("ann", "self")], catalogue(r("self", "a:b:c", "self"))),
    ([u("ann", "x")], catalogue(r("x", "", "missing"))),
    ([u("ann", "x")], catalogue(r("x", "", "y missing"), r("y", "", "x"))),
    ([u("ann", "x")], catalogue(r("x", "", "missing y"), r("y", "", "x"))),
    ([{"roles": ["reader"]}], BASE),
    ([{"user": "ann"}], BASE),
    ([{"user": "ann", "roles": None}], BASE),
    ([{"user": "ann", "roles": ("reader", "clerk")}], BASE),
    ([{"user": "ann", "roles": ["reader"], "department": "Sales"}], BASE),
    ([u("ann", "reader")], {"reader": None}),
    ([u("ann", "x")], {"x": Role("x", [1, 2], [])}),
    ([u("ann", "x")], {"x": Role("x", [None], [])}),
    ([u("ann", "x")], {"x": Role("x", [["unhashable"]], [])}),
    ([u("ann", "x")], {"x": Role("x", [], [])}),
    ([u("ann", "x")], {"x": Role("x", "finance:a:b", [])}),
    # names and keys
    ([u("ann", "alias")], {"alias": Role("reader", ["wiki:pages:read"], ["clerk"]), "clerk": BASE["clerk"],
                           "reader": BASE["reader"]}),
    ([u(None, "reader"), u(7, "clerk"), u(("a", 1), "approver")], BASE),
    ([u("zoë@example.com", "rôle")], catalogue(r("rôle", "finance:zahlungen:freigeben hr:stammdaten:lesen ünïcode:x:y"))),
    ([u("ann", "x")], catalogue(r("x", "finance hr: prod:x Finance:x:y  hr:a:b finance:"))),
    ([u("ann", "x")], catalogue(r("x", "b:b:b a:a:a finance:z:z finance:a:a c:c:c"))),
    # custom rules
    ([u("ann", "controller")], BASE, []),
    ([u("ann", "controller")], BASE, ()),
    ([u("ann", "controller")], BASE, [("wiki:pages:read", "crm:accounts:read"), ("wiki:pages:read", "nope")]),
    ([u("ann", "controller")], BASE, [("finance:payments:create", "finance:payments:create")]),
    ([u("ann", "controller")], BASE, [("a", "b", "c")]),
    ([], BASE, [("a", "b", "c")]),
    ([u("ann", "controller")], BASE, None),
    ([u("ann", "controller")], BASE, [["wiki:pages:read", "crm:accounts:read"]]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(access_review, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(access_review, reference, roles=BASE, sod_rules=SOD_RULES[:2], users=[u("ann", "admin")])


def test_catalogue_is_not_modified() -> None:
    roles = catalogue(r("a", "x:y:z", "b"), r("b", "finance:q:r"))
    access_review([u("ann", "a"), u("bob", "a", "b")], roles)
    assert roles == catalogue(r("a", "x:y:z", "b"), r("b", "finance:q:r"))


PERMISSIONS = ["finance:payments:create", "finance:payments:approve", "finance:vendors:edit", "hr:payroll:edit",
               "hr:payroll:approve", "prod:deploy:request", "prod:deploy:approve", "iam:roles:assign",
               "iam:roles:approve", "wiki:pages:read", "crm:accounts:read", "git:repos:write", "hr:records:read",
               "prod:logs:read", "finance:ledger:read"]


def _random_cases():
    rng = random.Random(5150)
    for index in range(160):
        names = [f"role{n}" for n in range(rng.randint(1, 14))]
        roles = {}
        for position, name in enumerate(names):
            earlier = names[:position]
            parents = rng.sample(earlier, min(len(earlier), rng.randint(0, 3)))
            if index % 9 == 0 and rng.random() < 0.2:
                parents.append(rng.choice(names))
            if index % 11 == 0 and rng.random() < 0.2:
                parents.append("ghost")
            roles[name] = Role(name, rng.sample(PERMISSIONS, rng.randint(0, 4)), parents)
        users = [{"user": f"u{rng.randint(0, 9)}", "roles": rng.sample(names, rng.randint(0, min(3, len(names))))}
                 for _ in range(rng.randint(0, 8))]
        if index % 3 == 0:
            yield users, roles, rng.sample(SOD_RULES, rng.randint(0, 5))
        else:
            yield users, roles


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(access_review, reference, *case)


def test_large_catalogue() -> None:
    rng = random.Random(64)
    layers = [[f"L0-{n}" for n in range(20)]]
    roles = {name: Role(name, rng.sample(PERMISSIONS, 3), []) for name in layers[0]}
    for depth in range(1, 6):
        layer = [f"L{depth}-{n}" for n in range(12)]
        for name in layer:
            roles[name] = Role(name, rng.sample(PERMISSIONS, rng.randint(0, 2)), rng.sample(layers[-1], 3))
        layers.append(layer)
    users = [{"user": f"user{n}", "roles": rng.sample(layers[-1] + layers[-2], 2)} for n in range(60)]
    assert_same(access_review, reference, users, roles)
