import pytest

from landed_cost.allocation import LandedLine, allocate_landed_costs
from landed_cost.shipment import ShipmentLine, parse_packing_list
from landed_cost.valuation import weighted_average_costs

LINES = [ShipmentLine("MUG-01", 100, 250, 400, 40), ShipmentLine("VASE-7", 10, 1800, 2000, 0),
         ShipmentLine("TOWEL", 50, 500, 300, 120)]


def test_parse_packing_list() -> None:
    text = "sku,qty,unit_cost,unit_weight_g,duty_pct\nMUG-01,100,2.5,400,4\nVASE-7,10,18.00,2000,0.0\n"
    assert parse_packing_list(text) == LINES[:2]
    with pytest.raises(ValueError):
        parse_packing_list("sku,qty,unit_cost,unit_weight_g,duty_pct\nX,1,2.505,1,0\n")


def test_allocation_adds_up_to_the_cent() -> None:
    landed = allocate_landed_costs(LINES, freight_cents=100_001, insurance_cents=999)
    assert sum(line.freight_cents for line in landed) == 100_001
    assert sum(line.insurance_cents for line in landed) == 999
    assert landed[0] == LandedLine("MUG-01", 100, 25000, 53334, 367, 3148, 81849, 818)
    assert [line.insurance_cents for line in landed] == [367, 265, 367]


def test_largest_remainder_ties_go_to_earlier_lines() -> None:
    lines = [ShipmentLine(sku, 1, 100, 1, 0) for sku in "ABC"]
    landed = allocate_landed_costs(lines, 2, 1)
    assert [line.freight_cents for line in landed] == [1, 1, 0]
    assert [line.insurance_cents for line in landed] == [1, 0, 0]


def test_bad_input() -> None:
    with pytest.raises(ValueError):
        allocate_landed_costs(LINES, -1, 0)
    with pytest.raises(ValueError):
        allocate_landed_costs([ShipmentLine("X", 0, 1, 1, 0)], 0, 0)
    with pytest.raises(ValueError):
        allocate_landed_costs([ShipmentLine("X", 1, 1, 0, 0)], 10, 0)
    assert allocate_landed_costs([], 500, 500) == []


def test_weighted_average() -> None:
    landed = allocate_landed_costs(LINES[:1], 10_000, 0)
    assert weighted_average_costs({"MUG-01": (100, 300)}, landed) == {"MUG-01": (200, 332)}
