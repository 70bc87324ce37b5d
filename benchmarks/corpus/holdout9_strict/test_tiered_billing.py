"""Strict equivalence tests for bill_accounts (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from meterbill.tariff import Tier, TariffError, bill_accounts
from strict_support import assert_same

TARGET = "meterbill/tariff.py:bill_accounts"


def _rate(tiers, unit):
    for tier in tiers:
        if tier.upto is None or unit < tier.upto:
            return tier.rate
    raise TariffError(f"no tier prices kWh number {unit + 1}")


def reference(readings, tiers, standing_charge=0):
    usage = {}
    for account, previous, current in readings:
        if current < previous:
            raise ValueError(f"meter reading for {account} went backwards")
        usage[account] = usage.get(account, 0) + (current - previous)
    bills = {}
    for account, kwh in usage.items():
        energy = 0
        for unit in range(kwh):
            energy += _rate(tiers, unit)
        bills[account] = standing_charge + (energy + 50) // 100
    return bills


STANDARD = [Tier(100, 1000), Tier(300, 2000), Tier(None, 3000)]

CASES = [
    ([], STANDARD, 0),
    ([], [], 0),
    ([], [], 500),
    ([("a", 0, 0)], [], 0),
    ([("a", 0, 0)], [], 700),
    ([("a", 0, 1)], [], 0),
    ([("a", 5, 5)], STANDARD, 10),
    ([("a", 0, 1)], STANDARD, 0),
    ([("a", 0, 99)], STANDARD, 0),
    ([("a", 0, 100)], STANDARD, 0),
    ([("a", 0, 101)], STANDARD, 0),
    ([("a", 0, 300)], STANDARD, 0),
    ([("a", 0, 301)], STANDARD, 0),
    ([("a", 0, 5000)], STANDARD, 0),
    ([("a", 0, 100)], [Tier(100, 1000)], 0),
    ([("a", 0, 101)], [Tier(100, 1000)], 0),
    ([("a", 0, 50), ("b", 0, 500)], [Tier(100, 1000)], 0),
    ([("a", 0, 1)], [Tier(None, 150)], 0),
    ([("a", 0, 1)], [Tier(None, 149)], 0),
    ([("a", 0, 1)], [Tier(None, 50)], 0),
    ([("a", 0, 1)], [Tier(None, 49)], 0),
    ([("a", 0, 3)], [Tier(None, 0)], 0),
    ([("a", 0, 3)], [Tier(None, -70)], 0),
    ([("a", 0, 3)], [Tier(1, -70), Tier(None, 10)], 0),
    ([("a", 0, 7)], [Tier(None, 10), Tier(2, 99)], 0),
    ([("a", 0, 7)], [Tier(5, 10), Tier(2, 99), Tier(None, 7)], 0),
    ([("a", 0, 9)], [Tier(5, 10), Tier(2, 99), Tier(8, 7)], 0),
    ([("a", 0, 8)], [Tier(5, 10), Tier(2, 99), Tier(8, 7)], 0),
    ([("a", 0, 9)], [Tier(0, 10), Tier(-3, 99), Tier(None, 7)], 0),
    ([("a", 0, 9)], [Tier(4, 10), Tier(4, 99), Tier(6, 1), Tier(6, 2), Tier(None, 7)], 0),
    ([("a", 0, 60), ("b", 5, 5), ("a", 100, 140)], STANDARD, 99),
    ([("b", 0, 60), ("a", 0, 60), ("b", 0, 60)], STANDARD, 0),
    ([("a", 10, 5)], STANDARD, 0),
    ([("a", 0, 10), ("b", 10, 5)], STANDARD, 0),
    ([("a", 0, 101), ("b", 10, 5)], [Tier(100, 1)], 0),
    ([("a", 0, 10), ("b", 0, 200)], [Tier(100, 1)], 0),
    ([("zoë", 0, 12), ("Zoë", 0, 12), ("zoe", 3, 4)], STANDARD, 1),
    ([("", 0, 12)], STANDARD, 0),
    ([(("site", 1), 0, 12), (("site", 2), 0, 40)], STANDARD, 0),
    ([(7, 0, 12), ("7", 0, 40)], STANDARD, 0),
    ([("a", -20, -5)], STANDARD, 0),
    ([("a", 0, 10)], STANDARD, -5000),
    ([("a", 0, 10)], [Tier(None, 7)], 0),
    ([("a", 0, 2.5)], STANDARD, 0),
    ([("a", 0.5, 2.5)], STANDARD, 0),
    ([("a", 0, 2.5)], [], 0),
    ([("a", 0, 10)], STANDARD, 0.5),
    ([("a", 0, 10)], [Tier(None, 1.5)], 0),
    ([("a", 0, 10), ("b", 0, 0)], [Tier(10, 3)], 0),
    ([("a", 0, 11), ("b", 0, 0)], [Tier(10, 3)], 0),
    ([("a", 0, 10, 1)], STANDARD, 0),
    ([("a", "0", "5")], STANDARD, 0),
]


def _random():
    rng = random.Random(90210)
    for _ in range(140):
        tiers = []
        ceiling = 0
        for _t in range(rng.randint(0, 5)):
            if rng.random() < 0.2:
                upto = rng.randint(-5, 400)
            else:
                ceiling += rng.randint(0, 200)
                upto = ceiling
            tiers.append(Tier(upto, rng.randint(-50, 4000)))
        if rng.random() < 0.75:
            tiers.append(Tier(None, rng.randint(0, 5000)))
        readings = []
        accounts = [f"A{n}" for n in range(rng.randint(0, 8))]
        for _r in range(rng.randint(0, 12)):
            if not accounts:
                break
            previous = rng.randint(0, 1000)
            used = rng.randint(0, 900) if rng.random() > 0.03 else -1
            readings.append((rng.choice(accounts), previous, previous + used))
        yield readings, tiers, rng.choice([0, 0, 1150, 3])


@pytest.mark.parametrize("readings, tiers, standing", CASES + list(_random()))
def test_same_as_reference(readings, tiers, standing) -> None:
    assert_same(bill_accounts, reference, readings, tiers, standing)


@pytest.mark.parametrize("seed", range(4))
def test_large_bill_run(seed) -> None:
    rng = random.Random(seed)
    tiers = [Tier(150, 1180), Tier(400, 1460), Tier(800, 1975), Tier(1500, 2430), Tier(None, 3120)]
    readings = [(f"AC{rng.randint(0, 300)}", 0, rng.randint(0, 4000)) for _ in range(400)]
    assert_same(bill_accounts, reference, readings, tiers, 1150)


def test_generator_input() -> None:
    readings = [("a", 0, 120), ("b", 0, 40), ("a", 3, 9)]
    assert bill_accounts(iter(readings), STANDARD) == reference(readings, STANDARD)


def test_default_standing_charge() -> None:
    assert bill_accounts([("a", 0, 350)], STANDARD) == {"a": 6500}
