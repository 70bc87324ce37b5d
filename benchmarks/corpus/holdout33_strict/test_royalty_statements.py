"""Strict equivalence tests for royalty_lines (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple

import pytest
from strict_support import assert_same
from royaltyrun.contracts import Contract
from royaltyrun.sales import RoyaltyLine, SaleLine
from royaltyrun.statements import royalty_lines

TARGET = "royaltyrun/statements.py:royalty_lines"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(sales, contracts):
    lines = []
    for index, sale in enumerate(sales):
        contract = contracts[sale.isbn]
        sold_before = contract.units_to_date + sum(
            earlier.units for earlier in sales[:index] if earlier.isbn == sale.isbn
        )
        rate = contract.rate_for(sold_before)
        lines.append(RoyaltyLine(sale.isbn, sale.date, sale.channel, sale.units, sale.net_receipts,
                                 rate, round(sale.net_receipts * rate, 2)))
    return lines


# --- cases -------------------------------------------------------------------------------

ESC = ((0, 0.075), (10, 0.10), (25, 0.125))
BOOK = {
    "A": Contract("A", "Reyes", "Salt Roads", ESC),
    "B": Contract("B", "Reyes", "Tidewater", ((0, 0.1),), 7),
    "C": Contract("C", "Okafor", "Long Field", ((0, 0.08), (5, 0.09), (6, 0.11), (100, 0.2)), 3, 500.0),
    "D": Contract("D", "Kim", "Quiet Hours", ESC, 24),
    "": Contract("", "Nobody", "Untitled", ((0, 0.5),)),
}
Sale = namedtuple("Sale", "isbn date channel units net_receipts")


def sale(isbn, units, receipts=None, date="2024-02-01", channel="trade"):
    return SaleLine(isbn, date, channel, units, units * 6.5 if receipts is None else receipts)


CASES = [
    ([], BOOK),
    ((), BOOK),
    ([], {}),
    ([sale("A", 1)], BOOK),
    ([sale("A", 10), sale("A", 1)], BOOK),
    ([sale("A", 9), sale("A", 1), sale("A", 1)], BOOK),
    ([sale("D", 1), sale("D", 1), sale("D", -2), sale("D", 1)], BOOK),
    ([sale("A", 30), sale("A", -30), sale("A", 1)], BOOK),
    ([sale("A", -5), sale("A", 5)], BOOK),
    ([sale("A", 0, 0.0), sale("A", 0, 1.0)], BOOK),
    ([sale("C", 2), sale("C", 1), sale("C", 1), sale("C", 1), sale("C", 100)], BOOK),
    ([sale("A", 12), sale("B", 12), sale("A", 12), sale("B", -1), sale("A", 1)], BOOK),
    ([sale("", 3), sale("", 4)], BOOK),
    ([sale("A", 1, 0.005), sale("A", 1, 0.015), sale("A", 1, 0.025), sale("A", 1, -0.005)], BOOK),
    ([sale("A", 1, 1e300), sale("A", 1, -1e-300)], BOOK),
    ([sale("A", 1, float("inf"))], BOOK),
    ([sale("A", 1, 5)], BOOK),
    ([sale("A", 2.5), sale("A", 8), sale("A", 1)], BOOK),
    ([sale("A", True), sale("A", 9), sale("A", 1)], BOOK),
    ([sale("Z", 1)], BOOK),
    ([sale("A", 1), sale("Z", 1)], BOOK),
    ([sale("A", 1), sale(None, 1)], BOOK),
    ([sale("A", 1), sale("A", None, 5.0)], BOOK),
    ([sale("A", None, 5.0), sale("B", 1)], BOOK),
    ([sale("A", 1), sale("A", "2", 5.0)], BOOK),
    ([sale("A", 1, None)], BOOK),
    ([sale("A", 1)], {"A": Contract("A", "X", "Y", ESC, None)}),
    ([sale("A", 1)], {"A": Contract("A", "X", "Y", ())}),
    ([sale("A", 1)], {"A": Contract("A", "X", "Y", ((5, 0.1), (0, 0.2)), 2)}),
    ([sale("A", 1)], {"A": Contract("A", "X", "Y", ((0, 1),), 0)}),
    ([Sale("A", "2024-01-01", "online", 4, 20.0), Sale("A", "2024-01-02", "online", 8, 40.0)], BOOK),
    ([Sale("A", "2024-01-01", "online", 4, 20.0), sale("A", 8)], BOOK),
    ([sale("A", 1), "not a sale"], BOOK),
    ([sale("A", 1), None], BOOK),
    (None, BOOK),
    ([sale("A", 1)], None),
    ([sale("A", 1)], []),
    ([sale("A", 1)] * 12, BOOK),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(royalty_lines, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(royalty_lines, reference, sales=[sale("A", 12), sale("A", 1)], contracts=BOOK)


def _random_cases():
    rng = random.Random(33021)
    isbns = ["A", "B", "C", "D"]
    for _ in range(240):
        sales = []
        for _ in range(rng.choice([0, 1, 3, 8, 25, 70])):
            isbn = rng.choice(isbns[: rng.randint(1, 4)])
            units = rng.choice([1, 1, 2, 3, 5, 8, 13]) * (-1 if rng.random() < 0.15 else 1)
            receipts = round(units * rng.choice([4.99, 6.5, 7.25, 12.0]) * rng.uniform(0.3, 0.7), 2)
            sales.append(sale(isbn, units, receipts, f"2024-0{rng.randint(1, 6)}-1{rng.randint(0, 9)}",
                              rng.choice(["trade", "online", "ebook"])))
        contracts = dict(BOOK)
        if rng.random() < 0.3:
            contracts["A"] = Contract("A", "Reyes", "Salt Roads", ESC, rng.randint(-10, 40))
        if rng.random() < 0.05:
            del contracts[rng.choice(isbns)]
        yield sales, contracts


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(royalty_lines, reference, *case)
