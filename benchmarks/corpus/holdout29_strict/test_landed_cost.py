"""Strict equivalence tests for allocate_landed_costs (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from landed_cost.allocation import LandedLine, allocate_landed_costs
from landed_cost.shipment import ShipmentLine

TARGET = "landed_cost/allocation.py:allocate_landed_costs"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(lines, freight_cents, insurance_cents):
    if freight_cents < 0 or insurance_cents < 0:
        raise ValueError("freight and insurance cannot be negative")
    exact = []
    for line in lines:
        if line.quantity <= 0:
            raise ValueError(f"{line.sku}: quantity must be positive")
        if line.unit_cost_cents < 0 or line.unit_weight_g < 0 or line.duty_per_mille < 0:
            raise ValueError(f"{line.sku}: negative cost, weight or duty rate")
        total_weight = sum(item.quantity * item.unit_weight_g for item in lines)
        total_value = sum(item.quantity * item.unit_cost_cents for item in lines)
        if freight_cents and not total_weight:
            raise ValueError("there is freight to share but the container weighs nothing")
        if insurance_cents and not total_value:
            raise ValueError("there is insurance to share but the goods are worth nothing")
        freight = divmod(freight_cents * line.quantity * line.unit_weight_g, total_weight) if total_weight else (0, 0)
        insurance = divmod(insurance_cents * line.quantity * line.unit_cost_cents, total_value) if total_value else (0, 0)
        exact.append((freight, insurance))

    freight_shares = [freight[0] for freight, _ in exact]
    insurance_shares = [insurance[0] for _, insurance in exact]
    by_freight = sorted(range(len(exact)), key=lambda index: (-exact[index][0][1], index))
    by_insurance = sorted(range(len(exact)), key=lambda index: (-exact[index][1][1], index))
    for index in by_freight[:freight_cents - sum(freight_shares)]:
        freight_shares[index] += 1
    for index in by_insurance[:insurance_cents - sum(insurance_shares)]:
        insurance_shares[index] += 1

    landed = []
    for line, freight, insurance in zip(lines, freight_shares, insurance_shares):
        goods = line.quantity * line.unit_cost_cents
        duty = ((goods + freight + insurance) * line.duty_per_mille + 500) // 1000
        total = goods + freight + insurance + duty
        landed.append(LandedLine(line.sku, line.quantity, goods, freight, insurance, duty, total,
                                 (2 * total + line.quantity) // (2 * line.quantity)))
    return landed


# --- cases -------------------------------------------------------------------------------

L = ShipmentLine
Lookalike = namedtuple("Lookalike", "sku quantity unit_cost_cents unit_weight_g duty_per_mille")
THREE = [L("MUG-01", 100, 250, 400, 40), L("VASE-7", 10, 1800, 2000, 0), L("TOWEL", 50, 500, 300, 120)]
EQUAL = [L(sku, 1, 100, 1, 0) for sku in "ABCDEFG"]

CASES = [
    ([], 0, 0),
    ((), 500, 500),
    ([], -1, 0),
    ([], 0, -1),
    ([], None, 0),
    ([], 0.5, 0.5),
    (THREE, 0, 0),
    (THREE, 100_001, 999),
    (tuple(THREE), 100_001, 999),
    (list(reversed(THREE)), 100_001, 999),
    (THREE, 1, 1),
    (THREE, 2, 2),
    (THREE, 3, 3),
    (THREE, 10 ** 30, 10 ** 25),
    (THREE, -1, 5),
    (THREE, 5, -1),
    (THREE, True, False),
    (THREE, 100.0, 0),
    (THREE, 0, 99.5),
    (THREE, 0.0, 0.0),
    (THREE, None, 0),
    (THREE, "100", 0),
    (EQUAL, 2, 1),
    (EQUAL, 6, 6),
    (EQUAL, 7, 13),
    (EQUAL, 1_000_003, 999_999),
    (EQUAL[:1], 12345, 678),
    ([L("A", 3, 333, 7, 1000)], 1, 1),
    ([L("A", 1, 1, 1, 999), L("B", 1, 1, 1, 1), L("C", 1, 1, 1, 500)], 1, 1),
    ([L("A", 1, 0, 0, 0)], 0, 0),
    ([L("A", 1, 0, 0, 0)], 1, 0),
    ([L("A", 1, 0, 0, 0)], 0, 1),
    ([L("A", 1, 0, 5, 0), L("B", 2, 0, 0, 0)], 10, 0),
    ([L("A", 1, 0, 5, 0), L("B", 2, 0, 0, 0)], 10, 1),
    ([L("A", 1, 7, 0, 0), L("B", 2, 0, 0, 0)], 0, 10),
    ([L("A", 1, 7, 0, 0), L("B", 2, 0, 0, 0)], 10, 10),
    ([L("A", 0, 7, 1, 0)], 0, 0),
    ([L("A", -2, 7, 1, 0)], 5, 5),
    ([L("A", 1, -7, 1, 0)], 5, 5),
    ([L("A", 1, 7, -1, 0)], 5, 5),
    ([L("A", 1, 7, 1, -1)], 5, 5),
    ([L("A", 1, 7, 1, 0), L("B", 0, 7, 1, 0)], 5, 5),
    ([L("A", 1, 7, 0, 0), L("B", 0, 7, 1, 0)], 5, 5),
    ([L("A", 1, 0, 0, 0), L("B", 1, 0, 0, -5)], 5, 0),
    ([L("A", 1, 7, 1, 0), L("B", 1, 7, None, 0)], 5, 5),
    ([L("A", 1, 7, 1, 0), L("B", "3", 7, 1, 0)], 5, 5),
    ([L("A", 1, 7, 1, 0), L("B", 1, "7", 1, 0)], 5, 5),
    ([L("A", 1, 7, 1, 0), L("B", 1, 7, 1, None)], 5, 5),
    ([L("A", 1, 7, 1.5, 0)], 5, 5),
    ([L("A", 1, 7, 1.5, 0)], 0, 5),
    ([L("A", 1, 7.0, 1, 0)], 5, 0),
    ([L("A", 1, 7.0, 1, 0)], 5, 5),
    ([L("A", 2, 7, 1, 2.5)], 5, 5),
    ([L("A", 1.0, 7, 1, 0)], 0, 0),
    ([L("A", True, 7, True, False), L("B", 2, True, 3, True)], 11, 13),
    ([L("A", 10 ** 12, 10 ** 9, 10 ** 6, 250), L("B", 1, 1, 1, 1)], 10 ** 15 + 7, 999_999_999),
    ([L("A", 1, 1, 1, 0), L("A", 1, 1, 1, 0)], 3, 3),
    ([L("", 2, 150, 10, 45), L("Ärger-Δ", 3, 99, 20, 45)], 1000, 33),
    ([L(None, 2, 150, 10, 45), L(7, 3, 99, 20, 45)], 1000, 33),
    ([Lookalike("A", 2, 150, 10, 45), L("B", 3, 99, 20, 45)], 1000, 33),
    ([SimpleNamespace(sku="A", quantity=2, unit_cost_cents=150, unit_weight_g=10, duty_per_mille=45)], 1000, 33),
    ([SimpleNamespace(sku="A", quantity=2, unit_cost_cents=150, unit_weight_g=10)], 1000, 33),
    ([SimpleNamespace(sku="A", quantity=2)], 1000, 33),
    ([SimpleNamespace(quantity=0)], 1000, 33),
    ([None], 0, 0),
    (None, 0, 0),
    (THREE[0], 0, 0),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(allocate_landed_costs, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(allocate_landed_costs, reference, lines=THREE, freight_cents=12345, insurance_cents=678)
    assert_same(allocate_landed_costs, reference, THREE, insurance_cents=7, freight_cents=5)


def _random_cases():
    rng = random.Random(29101)
    for _ in range(230):
        lines = []
        for number in range(rng.randint(0, 25)):
            quantity = rng.choice([1, 2, 6, 12, 24, 48, 120])
            cost = rng.choice([0, 1, 99, 250, 1799, 4250]) if rng.random() < 0.3 else rng.randint(1, 9999)
            weight = rng.choice([0, 1, 400, 2000]) if rng.random() < 0.3 else rng.randint(1, 5000)
            duty = rng.choice([0, 27, 37, 40, 80, 120])
            lines.append(L(f"SKU-{number:03d}", quantity, cost, weight, duty))
        if rng.random() < 0.1:
            lines = [L(line.sku, line.quantity, 100, 100, line.duty_per_mille) for line in lines]
        roll = rng.random()
        if lines and roll < 0.03:
            lines[rng.randrange(len(lines))] = L("BAD", 0, 1, 1, 0)
        elif lines and roll < 0.05:
            lines[rng.randrange(len(lines))] = L("BAD", 1, 1, -1, 0)
        elif roll < 0.08:
            lines = [L(line.sku, line.quantity, line.unit_cost_cents, 0, line.duty_per_mille) for line in lines]
        freight = rng.choice([0, 1, 7, rng.randint(0, 500_000)])
        insurance = rng.choice([0, 1, 3, rng.randint(0, 30_000)])
        yield (lines if rng.random() < 0.85 else tuple(lines), freight, insurance)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(allocate_landed_costs, reference, *case)


def test_sea_container() -> None:
    """A realistic 40-foot container: 900 packing-list lines of homeware."""
    rng = random.Random(2911)
    lines = [L(f"HW-{number:05d}", rng.choice([6, 12, 24, 48, 120]), rng.randint(90, 6000), rng.randint(120, 5200),
               rng.choice([0, 27, 37, 40, 80, 120])) for number in range(900)]
    assert_same(allocate_landed_costs, reference, lines, 312_457, 18_903)
