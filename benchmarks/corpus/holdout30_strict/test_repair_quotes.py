"""Strict equivalence tests for quote_orders (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from repair_quotes.catalogue import LabourOperation, Part
from repair_quotes.orders import RepairOrder
from repair_quotes.quote import Quote, QuoteLine, quote_orders

TARGET = "repair_quotes/quote.py:quote_orders"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(orders, parts, operations, labour_rate_cents):
    quotes = []
    for order in orders:
        lines = []
        unknown = []
        for number, quantity in order.parts:
            if quantity < 1:
                raise ValueError(f"{order.ro_number}: quantity {quantity} for part {number}")
            part = None
            for candidate in parts:
                if candidate.number == number:
                    part = candidate
                    break
            if part is None:
                unknown.append(number)
                continue
            seen = [part.number]
            while part.superseded_by:
                replacement = None
                for candidate in parts:
                    if candidate.number == part.superseded_by:
                        replacement = candidate
                        break
                if replacement is None:
                    break
                if replacement.number in seen:
                    raise ValueError(f"{order.ro_number}: supersession loop at part {replacement.number}")
                seen.append(replacement.number)
                part = replacement
            lines.append(QuoteLine("part", part.number, part.description, quantity, part.price_cents,
                                   quantity * part.price_cents))
        for code in order.operations:
            operation = None
            for candidate in operations:
                if candidate.code == code:
                    operation = candidate
                    break
            if operation is None:
                unknown.append(code)
                continue
            lines.append(QuoteLine("labour", code, operation.description, operation.hours, labour_rate_cents,
                                   round(operation.hours * labour_rate_cents)))
        parts_cents = sum(line.amount_cents for line in lines if line.kind == "part")
        labour_cents = sum(line.amount_cents for line in lines if line.kind == "labour")
        quotes.append(Quote(order.ro_number, lines, unknown, parts_cents, labour_cents))
    return quotes


# --- cases -------------------------------------------------------------------------------

PARTS = [
    Part("1K0698151A", "Brake pads, front", 8950, "1K0698151B"),
    Part("1K0698151B", "Brake pads, front", 9420),
    Part("06J115403Q", "Oil filter", 1480),
    Part("5Q0129620B", "Air filter", 2690),
    Part("06J115403Q", "Oil filter (duplicate row)", 1999),
    Part("OLD1", "Wiper blade", 1200, "OLD2"),
    Part("OLD2", "Wiper blade", 1300, "OLD3"),
    Part("OLD3", "Wiper blade", 1400, "MISSING"),
    Part("LOOPA", "Drop link", 100, "LOOPB"),
    Part("LOOPB", "Drop link", 110, "LOOPA"),
    Part("SELF", "Bulb", 300, "SELF"),
    Part("INTO", "Spring", 500, "LOOPA"),
    Part("NONE", "Belt", 700, None),
    Part("FREE", "Sticker", 0),
]
OPERATIONS = [
    LabourOperation("0101", "Inspection service", 1.2),
    LabourOperation("4620", "Front brake pads", 0.9),
    LabourOperation("0101", "Inspection (duplicate)", 2.0),
    LabourOperation("0000", "Diagnosis, free", 0.0),
    LabourOperation("9001", "Odd time", 0.125),
]


def order(parts=(), operations=(), ro="40012"):
    return RepairOrder(ro, "WVWZZZ1KZAW000001", list(parts), list(operations))


CASES = [
    ([], PARTS, OPERATIONS, 12500),
    ([], None, None, 12500),
    ((), [], [], None),
    (None, PARTS, OPERATIONS, 12500),
    ([order([("OLD1", 1)], ["0101"], ro="1"), order([("LOOPA", 1)], ro="2"), order([("OLD2", 1)], ro="3")], PARTS, OPERATIONS, 12500),
    ([order([("OLD1", 1)], ["0101"], ro="1"), order([("NOPE", 1)], ["4620"], ro="2")], PARTS, OPERATIONS, 12500),
    ((order([("OLD1", 1)], ro="1"), order([("OLD1", 1)], ro="1")), PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 1)], ro="1"), order([("06J115403Q", 0)], ro="2")], PARTS, OPERATIONS, 12500),
    ([order()], PARTS, OPERATIONS, 12500),
    ([order()], [], [], 12500),
    ([order([("06J115403Q", 1)], ["0101"])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 1)], ["0101"])], [], [], 12500),
    ([order([("1K0698151A", 2)])], PARTS, OPERATIONS, 12500),
    ([order([("1K0698151B", 2), ("1K0698151A", 1)])], PARTS, OPERATIONS, 12500),
    ([order([("OLD1", 1), ("OLD2", 3)])], PARTS, OPERATIONS, 12500),
    ([order([("OLD3", 1)])], PARTS, OPERATIONS, 12500),
    ([order([("LOOPA", 1)])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 1), ("LOOPB", 1)])], PARTS, OPERATIONS, 12500),
    ([order([("SELF", 1)])], PARTS, OPERATIONS, 12500),
    ([order([("INTO", 1)])], PARTS, OPERATIONS, 12500),
    ([order([("NONE", 1), ("FREE", 5)])], PARTS, OPERATIONS, 12500),
    ([order([("NOPE", 1), ("5Q0129620B", 1), ("NOPE", 2)], ["9999", "0101", "9999"])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 0)])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 1), ("06J115403Q", -1)])], PARTS, OPERATIONS, 12500),
    ([order([("NOPE", 0)])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 1.5)])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 0.5)])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", True)])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 10 ** 15)])], PARTS, OPERATIONS, 12500),
    ([order([], ["0101", "4620", "0000", "9001"])], PARTS, OPERATIONS, 12500),
    ([order([], ["9001"])], PARTS, OPERATIONS, 4),
    ([order([], ["9001"])], PARTS, OPERATIONS, 12),
    ([order([], ["9001", "0101"])], PARTS, OPERATIONS, 0),
    ([order([], ["9001", "0101"])], PARTS, OPERATIONS, -12500),
    ([order([], ["0101"])], PARTS, OPERATIONS, 12500.5),
    ([order([("06J115403Q", 1)], ["0101"])], tuple(PARTS), tuple(OPERATIONS), 12500),
    ([order([("06J115403Q", 1)], ["0101", "0101"])], PARTS, OPERATIONS, 13900),
    ([order([("06j115403q", 1)], ["101"])], PARTS, OPERATIONS, 12500),
    ([order([("", 1)], [""])], PARTS + [Part("", "blank", 1)], OPERATIONS + [LabourOperation("", "blank", 1.0)], 100),
    ([order([(1, 1)], [2])], [Part(1, "int number", 50, 3), Part(3, "int successor", 60)], [LabourOperation(2, "int", 1.0)], 100),
    ([order([["06J115403Q", 2]])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", 1, "extra")])], PARTS, OPERATIONS, 12500),
    ([order([("06J115403Q", None)])], PARTS, OPERATIONS, 12500),
    ([order([], ["0101"])], PARTS, OPERATIONS, None),
    ([order([("06J115403Q", 1)])], None, OPERATIONS, 12500),
    ([order([], ["0101"])], PARTS, None, 12500),
    ([None], PARTS, OPERATIONS, 12500),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(quote_orders, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(quote_orders, reference, orders=[order([("OLD1", 2)], ["4620"])], parts=PARTS,
                operations=OPERATIONS, labour_rate_cents=13900)
    assert_same(quote_orders, reference, [order([("1K0698151A", 1)])], PARTS, OPERATIONS, labour_rate_cents=9900)


def _random_cases():
    rng = random.Random(30055)
    for case in range(240):
        pool = [f"P{number}" for number in range(rng.choice([3, 6, 12, 25]))]
        parts = []
        for _ in range(rng.randint(0, 30)):
            successor = rng.choice(pool) if rng.random() < 0.3 else ""
            parts.append(Part(rng.choice(pool), rng.choice(["pads", "disc", "filter"]), rng.randint(0, 9000), successor))
        codes = [f"{number:04d}" for number in range(rng.choice([2, 5, 10]))]
        operations = [LabourOperation(rng.choice(codes), "op", rng.choice([0.0, 0.1, 0.3, 0.5, 1.2, 2.25, 3.0]))
                      for _ in range(rng.randint(0, 8))]
        orders = []
        for number in range(rng.choice([0, 1, 1, 2, 3, 6])):
            lines = [(rng.choice(pool), rng.choice([1, 1, 2, 3, 4] + ([0] if rng.random() < 0.03 else [])))
                     for _ in range(rng.randint(0, 6))]
            labour = [rng.choice(codes + ["XX99"]) for _ in range(rng.randint(0, 4))]
            orders.append(order(lines, labour, ro=f"{case}-{number}"))
        rate = rng.choice([12500, 13900, 9950, 1, 0, 333])
        yield (orders, parts if rng.random() < 0.9 else tuple(parts), operations, rate)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(quote_orders, reference, *case)
