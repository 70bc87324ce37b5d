import pytest

from servicecharge.apportion import apportion
from servicecharge.statements import balancing_charges, pounds, quarterly_demands
from servicecharge.tenancy import CostLine, Tenant

TENANTS = [Tenant("U1", "Acme", 1000, ("estate", "A")), Tenant("U2", "Bolt", 2000, ("estate", "A", "lifts")),
           Tenant("U3", "Crane", 1000, ("estate",))]


def test_shares_by_area_add_up_to_the_penny() -> None:
    result = apportion([CostLine("E1", "Security", "estate", 10001)], TENANTS)
    assert result == {"U1": {"E1": 2500}, "U2": {"E1": 5001}, "U3": {"E1": 2500}}


def test_largest_remainders_then_unit_order() -> None:
    result = apportion([CostLine("A1", "Cleaning", "A", 100)], TENANTS)
    assert result == {"U1": {"A1": 33}, "U2": {"A1": 67}, "U3": {}}
    tied = [Tenant("U9", "x", 1, ("s",)), Tenant("U8", "y", 1, ("s",)), Tenant("U7", "z", 1, ("s",))]
    assert apportion([CostLine("S", "s", "s", 2)], tied) == {"U9": {"S": 0}, "U8": {"S": 1}, "U7": {"S": 1}}


def test_same_code_adds_up_and_credits() -> None:
    lines = [CostLine("E1", "Security", "estate", 400), CostLine("E1", "Security refund", "estate", -100)]
    assert apportion(lines, TENANTS) == {"U1": {"E1": 75}, "U2": {"E1": 150}, "U3": {"E1": 75}}


def test_errors() -> None:
    with pytest.raises(ValueError):
        apportion([CostLine("X", "Pool", "pool", 100)], TENANTS)
    with pytest.raises(ValueError):
        apportion([CostLine("X", "Pool", "pool", 100)], [Tenant("U1", "x", 0, ("pool",))])


def test_statements() -> None:
    assert pounds(123456) == "£1,234.56" and pounds(-5) == "-£0.05"
    assert quarterly_demands(10003) == [2503, 2500, 2500, 2500]
    assert balancing_charges({"U1": {"E1": 100}}, {"U1": {"E1": 90}, "U2": {"E1": 5}}) == {"U1": -10, "U2": 5}
