import pytest

from rbacreport.review import access_review
from rbacreport.roles import Role, effective_permissions, load_roles

ROLES = load_roles([
    {"role": "reader", "permissions": "wiki:pages:read crm:accounts:read"},
    {"role": "clerk", "permissions": "finance:payments:create", "inherits": "reader"},
    {"role": "approver", "permissions": "finance:payments:approve", "inherits": "reader"},
    {"role": "controller", "permissions": "", "inherits": "clerk approver"},
    {"role": "hr", "permissions": "hr:records:read"},
])


def test_load_roles_splits_lists() -> None:
    assert ROLES["clerk"] == Role("clerk", ["finance:payments:create"], ["reader"])
    assert ROLES["reader"].inherits == []


def test_effective_permissions_follow_inheritance() -> None:
    assert effective_permissions("controller", ROLES) == {
        "wiki:pages:read", "crm:accounts:read", "finance:payments:create", "finance:payments:approve"}


def test_cycle_is_reported() -> None:
    roles = {"a": Role("a", [], ["b"]), "b": Role("b", [], ["a"])}
    with pytest.raises(ValueError):
        effective_permissions("a", roles)


def test_unknown_role_raises() -> None:
    with pytest.raises(KeyError):
        access_review([{"user": "x", "roles": ["nobody"]}], ROLES)


def test_review_flags_segregation_conflicts() -> None:
    review = access_review([{"user": "ann", "roles": ["controller"]}, {"user": "bob", "roles": ["clerk", "hr"]}], ROLES)
    assert review["users"]["ann"]["conflicts"] == [("finance:payments:create", "finance:payments:approve")]
    assert review["users"]["ann"]["sensitive"] == ["finance:payments:approve", "finance:payments:create"]
    assert review["users"]["bob"] == {"roles": ["clerk", "hr"], "permissions": 4, "conflicts": [],
                                      "sensitive": ["finance:payments:create", "hr:records:read"]}


def test_holders_in_user_order() -> None:
    review = access_review([{"user": "bob", "roles": ["reader"]}, {"user": "ann", "roles": ["clerk"]}], ROLES)
    assert review["holders"]["wiki:pages:read"] == ["bob", "ann"]
    assert review["holders"]["finance:payments:create"] == ["ann"]


def test_custom_rules() -> None:
    review = access_review([{"user": "ann", "roles": ["reader"]}], ROLES,
                           sod_rules=[("wiki:pages:read", "crm:accounts:read")])
    assert review["users"]["ann"]["conflicts"] == [("wiki:pages:read", "crm:accounts:read")]
