"""Strict equivalence tests for depreciation_schedule (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from assetreg.register import Asset
from assetreg.schedule import depreciation_schedule

TARGET = "assetreg/schedule.py:depreciation_schedule"


def month_number(period):
    year, month = period.strip().split("-")
    month_value = int(month)
    if not 1 <= month_value <= 12:
        raise ValueError(f"bad month in period {period!r}")
    return int(year) * 12 + month_value - 1


def period_label(number):
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def monthly_charge(asset, age):
    if age < 0 or age >= asset.life_months:
        return 0.0
    depreciable = asset.cost - asset.salvage
    if asset.method == "SL":
        per_month = round(depreciable / asset.life_months, 2)
        if age < asset.life_months - 1:
            return per_month
        return round(depreciable - per_month * (asset.life_months - 1), 2)
    if asset.method == "DDB":
        rate = 2 / asset.life_months
        book = asset.cost
        for month in range(age + 1):
            straight = (book - asset.salvage) / (asset.life_months - month)
            charge = min(round(max(book * rate, straight), 2), round(book - asset.salvage, 2))
            if charge < 0:
                charge = 0.0
            if month == age:
                return charge
            book -= charge
    raise ValueError(f"unknown depreciation method {asset.method!r}")


def accumulated_depreciation(asset, age):
    total = 0.0
    for month in range(age + 1):
        total += monthly_charge(asset, month)
    return round(total, 2)


def reference(assets, start, end):
    first, last = month_number(start), month_number(end)
    if last < first:
        raise ValueError("end period before start period")
    rows = []
    totals = {}
    for number in range(first, last + 1):
        period = period_label(number)
        for asset in assets:
            age = number - month_number(asset.in_service)
            if age < 0:
                continue
            if asset.disposed is not None and number > month_number(asset.disposed):
                continue
            charge = monthly_charge(asset, age)
            accumulated = accumulated_depreciation(asset, age)
            rows.append((period, asset.tag, charge, accumulated, round(asset.cost - accumulated, 2)))
            totals[period] = round(totals.get(period, 0.0) + charge, 2)
    return {"rows": rows, "totals": totals}


def A(tag="FA-1", cost=1000.0, salvage=0.0, life=3, method="SL", start="2024-01", disposed=None):
    return Asset(tag, f"asset {tag}", cost, salvage, life, method, start, disposed)


LAPTOP = A()
PRESS = A("FA-2", 12000.0, 2000.0, 10, "DDB", "2024-02")
VAN = A("FA-3", 38950.55, 3895.06, 24, "DDB", "2023-07")
DESK = A("FA-4", 799.99, 0.0, 7, "SL", "2023-11")

CASES = [
    ([], "2024-01", "2024-01"),
    ([], "2024-01", "2025-12"),
    ([], "2024-02", "2024-01"),
    ([LAPTOP], "2024-02", "2024-01"),
    ([LAPTOP], "2024-01", "2024-01"),
    ([LAPTOP], "2024-01", "2024-06"),
    ([LAPTOP], "2023-10", "2024-02"),
    ([LAPTOP], "2025-01", "2025-03"),
    ([LAPTOP, PRESS], "2024-01", "2024-12"),
    ([PRESS], "2024-02", "2025-03"),
    ([VAN, DESK, LAPTOP, PRESS], "2023-06", "2025-09"),
    ((VAN, DESK), "2024-01", "2024-03"),
    ([LAPTOP, LAPTOP], "2024-01", "2024-04"),
    ([LAPTOP, A("FA-1", 500.0)], "2024-01", "2024-04"),
    # period strings
    ([LAPTOP], " 2024-01 ", "2024-03\n"),
    ([LAPTOP], "2024-1", "2024-3"),
    ([LAPTOP], "2024-00", "2024-03"),
    ([LAPTOP], "2024-01", "2024-13"),
    ([LAPTOP], "2024/01", "2024-03"),
    ([LAPTOP], "2024-01-01", "2024-03"),
    ([LAPTOP], "abcd-01", "2024-03"),
    ([LAPTOP], None, "2024-03"),
    ([LAPTOP], "2024-01", 202403),
    ([LAPTOP], "0001-01", "0001-03"),
    ([A(start="0000-01")], "0000-01", "0000-04"),
    ([LAPTOP], "2023-12", "2024-01"),
    ([A(start="2024-1 ")], "2024-01", "2024-03"),
    ([A(start="2024-14")], "2024-01", "2024-03"),
    ([A(start="2030-14")], "2024-01", "2024-03"),
    ([A(start="garbage")], "2024-01", "2024-03"),
    ([A(start=None)], "2024-01", "2024-03"),
    # disposal
    ([A(disposed="2024-02")], "2024-01", "2024-05"),
    ([A(disposed="2024-01")], "2024-01", "2024-05"),
    ([A(disposed="2023-12")], "2024-01", "2024-05"),
    ([A(disposed="2023-12")], "2023-01", "2023-05"),
    ([A(disposed="never")], "2024-01", "2024-05"),
    ([A(disposed="never")], "2023-01", "2023-05"),
    ([A(disposed="")], "2024-01", "2024-05"),
    # lives
    ([A(life=1)], "2024-01", "2024-03"),
    ([A(life=0)], "2024-01", "2024-03"),
    ([A(life=-4)], "2024-01", "2024-03"),
    ([A(life=1, method="DDB")], "2024-01", "2024-03"),
    ([A(life=2, method="DDB")], "2024-01", "2024-03"),
    ([A(life=0, method="DDB")], "2024-01", "2024-03"),
    ([A(life=2.5)], "2024-01", "2024-04"),
    ([A(life=2.5, method="DDB")], "2024-01", "2024-04"),
    ([A(life=None)], "2024-01", "2024-04"),
    # methods
    ([A(method="sl")], "2024-01", "2024-03"),
    ([A(method="SYD")], "2024-01", "2024-03"),
    ([A(method="SYD", life=0)], "2024-01", "2024-03"),
    ([A(method="SYD", start="2024-03")], "2024-01", "2024-02"),
    ([LAPTOP, A("FA-9", method="SYD", start="2024-02")], "2024-01", "2024-03"),
    ([A(method=None)], "2024-01", "2024-03"),
    # amounts
    ([A(cost=1000, salvage=100, method="SL")], "2024-01", "2024-04"),
    ([A(cost=1000, salvage=100, life=4, method="DDB")], "2024-01", "2024-05"),
    ([A(cost=100, salvage=100, life=4, method="DDB")], "2024-01", "2024-05"),
    ([A(cost=100, salvage=100, life=4, method="SL")], "2024-01", "2024-05"),
    ([A(cost=100, salvage=150, life=4, method="DDB")], "2024-01", "2024-05"),
    ([A(cost=100, salvage=150, life=4, method="SL")], "2024-01", "2024-05"),
    ([A(cost=0.0, salvage=0.0, life=5, method="DDB")], "2024-01", "2024-06"),
    ([A(cost=-500.0, salvage=0.0, life=5, method="DDB")], "2024-01", "2024-06"),
    ([A(cost=-500.0, salvage=0.0, life=5, method="SL")], "2024-01", "2024-06"),
    ([A(cost=0.1, salvage=0.0, life=7, method="SL")], "2024-01", "2024-08"),
    ([A(cost=0.07, salvage=0.0, life=12, method="DDB")], "2024-01", "2025-01"),
    ([A(cost=1e9 + 0.01, salvage=3.33, life=11, method="DDB")], "2024-01", "2025-01"),
    ([A(cost=333.33, salvage=33.33, life=9, method="DDB")], "2024-01", "2024-12"),
    ([A(cost=True, salvage=False, life=2)], "2024-01", "2024-03"),
    ([A(cost="100", salvage=0.0, life=2)], "2024-01", "2024-03"),
    ([A(cost=None, life=2)], "2024-01", "2024-03"),
    ([A("Équipement-été", cost=1234.56, life=5)], "2024-01", "2024-06"),
    ([A(None, cost=10.0, life=2)], "2024-01", "2024-02"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(depreciation_schedule, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(depreciation_schedule, reference, [LAPTOP, PRESS], end="2024-06", start="2024-01")


def _random_cases():
    rng = random.Random(3131)
    for index in range(150):
        assets = []
        for number in range(rng.randint(0, 6)):
            cost = rng.choice([round(rng.uniform(10, 90000), 2), rng.randint(100, 5000), 0.0])
            salvage = rng.choice([0.0, 0, round(cost * 0.1, 2), round(cost * rng.uniform(0, 0.3), 2)])
            life = rng.choice([1, 2, 3, 6, 12, 18, 24, 36, 48])
            method = rng.choice(["SL", "DDB", "DDB"]) if index % 17 else "X"
            year = rng.randint(2021, 2024)
            disposed = None
            if rng.random() < 0.2:
                disposed = f"{year + rng.randint(0, 2)}-{rng.randint(1, 12):02d}"
            assets.append(Asset(f"FA-{rng.randint(0, 4)}", "x", cost, salvage, life, method,
                                f"{year}-{rng.randint(1, 12):02d}", disposed))
        start_year = rng.randint(2022, 2024)
        start = f"{start_year}-{rng.randint(1, 12):02d}"
        span = rng.randint(0, 30)
        end_number = start_year * 12 + int(start[-2:]) - 1 + span
        end = f"{end_number // 12}-{end_number % 12 + 1:02d}"
        yield assets, start, end


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(depreciation_schedule, reference, *case)


def test_large_register() -> None:
    rng = random.Random(12)
    assets = []
    for number in range(24):
        cost = round(rng.uniform(500, 80000), 2)
        assets.append(Asset(f"FA-{number:03d}", "x", cost, round(cost * 0.05, 2), rng.choice([12, 24, 36]),
                            rng.choice(["SL", "DDB"]), f"{rng.randint(2022, 2024)}-{rng.randint(1, 12):02d}"))
    assert_same(depreciation_schedule, reference, assets, "2023-01", "2025-12")
