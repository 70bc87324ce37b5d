"""Strict equivalence tests for best_redemption (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from reward_redemption.catalogue import Voucher
from reward_redemption.redeem import Redemption, best_redemption

TARGET = "reward_redemption/redeem.py:best_redemption"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(points, vouchers):
    for voucher in vouchers:
        if voucher.points <= 0:
            raise ValueError(f"voucher {voucher.code} has no points price")

    def best(index, remaining):
        if index == len(vouchers):
            return 0, 0, ()
        voucher = vouchers[index]
        best_value, best_used, best_codes = best(index + 1, remaining)
        for count in range(1, voucher.limit + 1):
            cost = count * voucher.points
            if cost > remaining:
                break
            value, used, codes = best(index + 1, remaining - cost)
            value += count * voucher.value
            used += cost
            if value > best_value or (value == best_value and used < best_used):
                best_value, best_used, best_codes = value, used, (voucher.code,) * count + codes
        return best_value, best_used, best_codes

    value, used, codes = best(0, points)
    return Redemption(value, used, codes)


# --- cases -------------------------------------------------------------------------------

V = Voucher

SHOP = [V("SHOP5", "£5 off", 500, 500, 4), V("CINE", "Cinema", 1250, 1300, 2), V("COFFEE", "Coffee", 400, 440),
        V("BOOK", "Books", 750, 750, 2), V("SPA", "Spa", 3000, 3200)]

CATALOGUES = {
    "shop": SHOP,
    "empty": [],
    "tuple": tuple(SHOP[:3]),
    "tie_points": [V("BIG", "big", 600, 600), V("SMALL", "small", 500, 600)],
    "tie_full": [V("X", "x", 500, 500), V("Y", "y", 500, 500)],
    "tie_full3": [V("X", "x", 500, 500, 2), V("Y", "y", 500, 500, 2), V("Z", "z", 250, 250, 4)],
    "dupe_codes": [V("A", "a", 300, 300, 2), V("A", "b", 300, 310, 2)],
    "limit0": [V("A", "a", 100, 1000, 0), V("B", "b", 100, 100, 3)],
    "limit_neg": [V("A", "a", 100, 1000, -2), V("B", "b", 100, 100, 3)],
    "zero_value": [V("A", "a", 100, 0, 3), V("B", "b", 200, 0)],
    "neg_value": [V("A", "a", 100, -50, 3), V("B", "b", 300, 200)],
    "floats": [V("A", "a", 99.5, 100.25, 3), V("B", "b", 150, 150.0, 2), V("C", "c", 0.5, 0.1, 2)],
    "float_ties": [V("A", "a", 100, 0.1, 3), V("B", "b", 100, 0.2), V("C", "c", 300, 0.30000000000000004)],
    "nan_value": [V("A", "a", 100, float("nan")), V("B", "b", 100, 100)],
    "inf_points": [V("A", "a", float("inf"), 10_000), V("B", "b", 100, 100)],
    "one": [V("ONLY", "only", 1, 1, 6)],
    "same_ratio": [V("A", "a", 200, 200, 3), V("B", "b", 300, 300, 3), V("C", "c", 500, 500, 2)],
    "zero_points": [V("A", "a", 100, 100), V("FREE", "free", 0, 100)],
    "neg_points": [V("NEG", "neg", -100, 100), V("A", "a", 100, 100)],
    "bool_limit": [V("A", "a", 100, 100, True), V("B", "b", 100, 90, False)],
}

BALANCES = [0, -1, -500, 1, 99, 100, 399, 400, 500, 899, 900, 1000, 1250, 1300, 2200, 2999, 3000, 3400]

CASES = [(points, CATALOGUES[name]) for name in CATALOGUES for points in BALANCES]
CASES += [
    (1000.5, SHOP),
    (float("inf"), CATALOGUES["one"]),
    (float("nan"), SHOP),
    (True, CATALOGUES["one"]),
    (None, SHOP),
    (None, []),
    ("1000", SHOP),
    (1000, None),
    (1000, [None]),
    (1000, SHOP + [None]),
    (1000, [None] + SHOP),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(best_redemption, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(best_redemption, reference, points=2200, vouchers=SHOP)
    assert_same(best_redemption, reference, 2200, vouchers=SHOP)


def _random_cases():
    rng = random.Random(32051)
    for number in range(220):
        vouchers = []
        for index in range(rng.randint(0, 7)):
            code = f"V{rng.randint(0, 3) if rng.random() < 0.15 else index}"
            price = rng.choice([100, 250, 300, 400, 500, 600, 750, 1000, 1250, 2000])
            value = price + rng.choice([-50, 0, 0, 10, 40, 100, 250])
            vouchers.append(V(code, "partner", price, value, rng.choice([0, 1, 1, 2, 3, 4])))
        yield rng.choice([0, 250, 500, 990, 1500, 2200, 3000, rng.randint(0, 3500)]), vouchers


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(best_redemption, reference, *case)
