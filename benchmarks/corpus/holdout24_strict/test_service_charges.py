"""Strict equivalence tests for apportion (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from dataclasses import dataclass
from fractions import Fraction

import pytest
from servicecharge.apportion import apportion
from servicecharge.tenancy import CostLine, Tenant
from strict_support import assert_same

TARGET = "servicecharge/apportion.py:apportion"


# --- verbatim copy of the original implementation ----------------------------------------

def reference(lines, tenants):
    result = {tenant.unit: {} for tenant in tenants}
    for line in lines:
        members = [tenant for tenant in tenants if line.schedule in tenant.schedules]
        if not members:
            raise ValueError(f"no tenant pays into schedule {line.schedule!r} (line {line.code})")
        shares = []
        for tenant in members:
            total_area = sum(other.area_sqft for other in tenants if line.schedule in other.schedules)
            if total_area <= 0:
                raise ValueError(f"schedule {line.schedule!r} has no floor area")
            pence, remainder = divmod(line.amount * tenant.area_sqft, total_area)
            shares.append([tenant.unit, pence, remainder])
        leftover = line.amount - sum(share[1] for share in shares)
        for share in sorted(shares, key=lambda share: (-share[2], share[0]))[:leftover]:
            share[1] += 1
        for unit, pence, _ in shares:
            result[unit][line.code] = result[unit].get(line.code, 0) + pence
    return result


# --- cases -------------------------------------------------------------------------------

T, L = Tenant, CostLine


@dataclass
class Lease:  # a look-alike record from the lease-management system
    unit: object
    area_sqft: object
    schedules: object
    break_date: str = "2027-03-24"


@dataclass
class Cost:  # a look-alike line from the accounts package
    code: object
    schedule: object
    amount: object
    nominal: str = "4100"


TRow = namedtuple("TRow", "unit name area_sqft schedules")
LRow = namedtuple("LRow", "code description schedule amount")

PARK = [T("U1", "Acme", 1000, ("estate", "A")), T("U2", "Bolt", 2000, ("estate", "A", "lifts")),
        T("U3", "Crane", 1000, ("estate",)), T("U4", "Dyno", 650, ("estate", "B", "lifts")),
        T("U5", "Eddy", 250, ("estate", "B"))]
BUDGET = [L("E1", "Security", "estate", 1_000_001), L("A1", "Cleaning A", "A", 33_333), L("B1", "Cleaning B", "B", 10),
          L("L1", "Lifts", "lifts", 99_999), L("E2", "Insurance", "estate", 7), L("E1", "Security extra", "estate", 5)]
EQUAL = [T(f"U{n}", "x", 100, ("s",)) for n in (3, 1, 2, 5, 4)]

CASES = [
    ([], []),
    ((), ()),
    ([], PARK),
    (BUDGET, PARK),
    (tuple(BUDGET), tuple(PARK)),
    (BUDGET[::-1], PARK),
    (BUDGET, PARK[::-1]),
    (BUDGET + BUDGET, PARK),
    (BUDGET, []),
    ([L("X", "Pool", "pool", 100)], PARK),
    (BUDGET + [L("X", "Pool", "pool", 100)], PARK),
    ([L("S", "s", "s", 0)], EQUAL),
    ([L("S", "s", "s", 1)], EQUAL),
    ([L("S", "s", "s", 2)], EQUAL),
    ([L("S", "s", "s", 3)], EQUAL),
    ([L("S", "s", "s", 4)], EQUAL),
    ([L("S", "s", "s", 6)], EQUAL),
    ([L("S", "s", "s", -1)], EQUAL),
    ([L("S", "s", "s", -3)], EQUAL),
    ([L("S", "s", "s", -7)], EQUAL),
    ([L("S", "s", "s", 10 ** 30 + 3)], EQUAL),
    ([L("S", "s", "s", 3)], [T("b", "x", 1, ("s",)), T("a", "x", 1, ("s",)), T("B", "x", 1, ("s",)), T("á", "x", 1, ("s",))]),
    ([L("S", "s", "s", 1)], [T("U1", "x", 1, ("s",)), T("U1", "y", 1, ("s",))]),
    ([L("S", "s", "s", 3)], [T("U1", "x", 1, ("s",)), T("U1", "y", 1, ("s",)), T("U2", "z", 1, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", 1, ("s",)), T("U2", "y", 2, ("t",)), T("U1", "z", 2, ("s",))]),
    ([L("S", "s", "s", 100), L("S", "again", "s", 1)], [T("U1", "x", 1, ("s",)), T("U2", "y", 2, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", 0, ("s",)), T("U2", "y", 3, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", 0, ("s",)), T("U2", "y", 0, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", -5, ("s",)), T("U2", "y", 3, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", -5, ("s",)), T("U2", "y", 10, ("s",))]),
    ([L("S", "s", "s", 101)], [T("U1", "x", -1, ("s",)), T("U2", "y", 4, ("s",)), T("U3", "z", 4, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", 250.5, ("s",)), T("U2", "y", 3, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", 2.0, ("s",)), T("U2", "y", 2.0, ("s",))]),
    ([L("S", "s", "s", 100.0)], [T("U1", "x", 1, ("s",)), T("U2", "y", 3, ("s",))]),
    ([L("S", "s", "s", 0.0)], [T("U1", "x", 1, ("s",))]),
    ([L("S", "s", "s", True)], [T("U1", "x", 1, ("s",)), T("U2", "y", True, ("s",))]),
    ([L("S", "s", "s", 7)], [T("U1", "x", Fraction(1, 3), ("s",)), T("U2", "y", Fraction(2, 3), ("s",))]),
    ([L("S", "s", "s", "100")], [T("U1", "x", 1, ("s",))]),
    ([L("S", "s", "s", None)], [T("U1", "x", 1, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", None, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", "10", ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", 10, ("t",)), T("U2", "y", None, ("s",))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", 10, ("t",)), T("U2", "y", 5, ("s",))]),
    ([L("S", "s", "est", 100)], [T("U1", "x", 10, "estate"), T("U2", "y", 30, ("estate",))]),
    ([L("S", "s", "estate", 100)], [T("U1", "x", 10, "estate"), T("U2", "y", 30, ["estate"])]),
    ([L("S", "s", "estate", 100)], [T("U1", "x", 10, {"estate", "A"}), T("U2", "y", 30, frozenset({"estate"}))]),
    ([L("S", "s", "estate", 100)], [T("U1", "x", 10, ()), T("U2", "y", 30, ("Estate",))]),
    ([L("S", "s", "", 100)], [T("U1", "x", 10, "estate"), T("U2", "y", 30, ("",))]),
    ([L("S", "s", None, 100)], [T("U1", "x", 10, (None,)), T("U2", "y", 30, ("s",))]),
    ([L("S", "s", 1, 100)], [T("U1", "x", 10, (1.0,)), T("U2", "y", 30, (True,))]),
    ([L("S", "s", "s", 100)], [T("U1", "x", 10, None)]),
    ([L("S", "s", ["s"], 100)], [T("U1", "x", 10, (["s"],))]),
    ([L("S", "s", "s", 100)], [T(1, "x", 1, ("s",)), T("1", "y", 1, ("s",))]),
    ([L("S", "s", "s", 101)], [T(1, "x", 1, ("s",)), T("1", "y", 1, ("s",))]),
    ([L("S", "s", "s", 3)], [T(1, "x", 1, ("s",)), T(2, "y", 1, ("s",)), T(1.5, "z", 1, ("s",))]),
    ([L("S", "s", "s", 3)], [T(None, "x", 1, ("s",)), T(None, "y", 1, ("s",))]),
    ([L("S", "s", "s", 3)], [T(["U1"], "x", 1, ("s",))]),
    ([L(None, "s", "s", 3), L(1, "s", "s", 4)], EQUAL),
    ([L(("E", 1), "s", "s", 3)], EQUAL),
    ([L("S", "s", "s", 3), None], EQUAL),
    ([None], EQUAL),
    ([L("S", "s", "s", 3)], [None]),
    ([L("S", "s", "s", 3)], EQUAL + [None]),
    (None, EQUAL),
    ([L("S", "s", "s", 3)], None),
    ([Cost("E1", "estate", 1001), LRow("A1", "Cleaning", "A", 333)],
     [Lease("U1", 1000, ("estate", "A")), TRow("U2", "Bolt", 2000, ("estate", "A")), T("U3", "Crane", 1000, ("estate",))]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(apportion, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(apportion, reference, tenants=PARK, lines=BUDGET)


def _random_cases():
    rng = random.Random(2024)
    for _ in range(230):
        schedules = ["estate", "A", "B", "lifts"]
        tenants = []
        for n in range(rng.randint(1, 12)):
            chosen = tuple(s for s in schedules if rng.random() < 0.5) or ("estate",)
            unit = f"U{rng.randint(1, 15) if rng.random() < 0.1 else n:02d}"
            tenants.append(T(unit, "t", rng.choice([100, 100, 250, 333, 1000, 0]), chosen))
        covered = sorted({s for t in tenants for s in t.schedules})
        lines = [L(f"C{rng.randint(0, 5)}", "c", rng.choice(covered if rng.random() < 0.97 else schedules),
                   rng.choice([0, 1, 2, 7, 100, 12345, -50, rng.randint(-10 ** 6, 10 ** 7)])) for _ in range(rng.randint(0, 10))]
        yield lines, tenants


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(apportion, reference, *case)


def test_business_park_year() -> None:
    rng = random.Random(5)
    buildings = [f"Building {letter}" for letter in "ABCDE"]
    tenants = [T(f"U{n:03d}", f"Tenant {n}", rng.choice([250, 400, 650, 1200, 2500]),
                 ("estate", buildings[n % 5]) + (("lifts",) if rng.random() < 0.5 else ())) for n in range(120)]
    lines = [L(f"E{n:02d}", "estate cost", "estate", rng.randint(10 ** 5, 10 ** 7)) for n in range(25)]
    lines += [L(f"{b[-1]}{n}", "building cost", b, rng.randint(10 ** 4, 10 ** 6)) for b in buildings for n in range(4)]
    lines.append(L("L01", "Lift maintenance", "lifts", 2_345_678))
    assert_same(apportion, reference, lines, tenants)
