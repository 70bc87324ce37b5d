"""Strict equivalence tests for reconcile (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from dockyard.receiving import Allocation, OrderLine, Receipt, ReceivingReport, reconcile

TARGET = "dockyard/receiving.py:reconcile"


def reference(order_lines, receipts):
    report = ReceivingReport()
    remaining = [line.quantity for line in order_lines]
    for receipt in receipts:
        if receipt.quantity < 0:
            raise ValueError(f"negative quantity on pallet {receipt.pallet!r}")
        left = receipt.quantity
        for index, line in enumerate(order_lines):
            if left == 0:
                break
            if line.sku != receipt.sku or remaining[index] <= 0:
                continue
            take = min(left, remaining[index])
            remaining[index] -= take
            left -= take
            report.allocations.append(Allocation(line.po_number, line.sku, take, receipt.pallet))
        if left:
            report.over_received[receipt.sku] = report.over_received.get(receipt.sku, 0) + left
    for line, open_quantity in zip(order_lines, remaining):
        if open_quantity > 0:
            report.still_open[line.sku] = report.still_open.get(line.sku, 0) + open_quantity
    return report


L, R = OrderLine, Receipt

CASES = [
    ([], []),
    ([], [R("A", 3, "P1")]),
    ([L("PO1", "A", 3)], []),
    ([L("PO1", "A", 3)], [R("A", 0, "P1")]),
    ([L("PO1", "A", 3)], [R("A", 3, "P1"), R("A", 1, "P2")]),
    ([L("PO1", "A", 3), L("PO2", "A", 3)], [R("A", 5, "P1"), R("A", 5, "P2")]),
    ([L("PO1", "A", 3), L("PO1", "A", 3)], [R("A", 1), R("A", 1), R("A", 1), R("A", 1)]),
    ([L("PO1", "A", 0), L("PO2", "A", -4), L("PO3", "A", 2)], [R("A", 5, "P")]),
    ([L("PO1", "A", 0)], []),
    ([L("PO1", "A", -2), L("PO2", "B", 1)], []),
    ([L("PO1", "a", 3), L("PO2", "A", 3)], [R("A", 2), R("a", 4)]),
    ([L("PO1", "ÄPFEL", 3), L("PO2", "Äpfel", 3)], [R("ÄPFEL", 4, "Ü1")]),
    ([L("PO1", "A", 5)], [R("A", 2.5), R("A", 2.5), R("A", 1)]),
    ([L("PO1", "A", 2.5)], [R("A", 1)]),
    ([L("PO1", 7, 3), L("PO2", 7.0, 3)], [R(7, 4), R(7.0, 1)]),
    ([L("PO1", "A", 3)], [R("A", True), R("A", False)]),
    ([L("PO1", "A", 3)], [R("A", 1), R("A", -1, "BAD"), R("A", 1)]),
    ([L("PO1", "A", 3)], [R("B", -1)]),
    ([L("PO1", "A", 3)], [R("A", None)]),
    ([L("PO1", "A", 3)], [R("A", 1), None]),
    ([L("PO1", "A", None)], [R("B", 1)]),
    ([L("PO1", "A", None)], []),
    ([L("PO1", "", 2)], [R("", 3, "")]),
    ([L("PO2", "B", 1), L("PO1", "A", 1), L("PO3", "B", 1)], [R("B", 1), R("A", 2), R("B", 1), R("B", 1)]),
]


@pytest.mark.parametrize("order_lines, receipts", CASES)
def test_same_as_reference(order_lines, receipts) -> None:
    assert_same(reconcile, reference, order_lines, receipts)


def test_tuples_in() -> None:
    lines, receipts = CASES[5]
    assert_same(reconcile, reference, tuple(lines), tuple(receipts))


@pytest.mark.parametrize("seed", range(40))
def test_random_docks(seed) -> None:
    rng = random.Random(seed)
    skus = [f"S{n}" for n in range(rng.randrange(1, 8))]
    lines = [L(f"PO{rng.randrange(5)}", rng.choice(skus), rng.randrange(-1, 9)) for _ in range(rng.randrange(0, 30))]
    receipts = [R(rng.choice(skus + ["OTHER"]), rng.randrange(0, 12), f"P{i}") for i in range(rng.randrange(0, 30))]
    if seed % 7 == 0 and receipts:
        receipts.insert(rng.randrange(len(receipts)), R("S0", -3, "BROKEN"))
    assert_same(reconcile, reference, lines, receipts)


def test_large_week() -> None:
    rng = random.Random(99)
    skus = [f"SKU-{n}" for n in range(150)]
    lines = [L(f"PO{i // 5}", rng.choice(skus), rng.randrange(0, 40)) for i in range(1500)]
    receipts = [R(rng.choice(skus), rng.randrange(0, 60), f"PAL{i}") for i in range(1200)]
    assert_same(reconcile, reference, lines, receipts)


def test_receipts_iterated_once() -> None:
    report = reconcile([L("PO1", "A", 3)], iter([R("A", 2, "P1"), R("A", 2, "P2")]))
    assert report.allocations == [Allocation("PO1", "A", 2, "P1"), Allocation("PO1", "A", 1, "P2")]
    assert report.over_received == {"A": 1}


def test_fresh_report_each_call() -> None:
    first = reconcile([L("PO1", "A", 3)], [R("A", 2)])
    second = reconcile([L("PO1", "A", 3)], [R("A", 1)])
    assert len(first.allocations) == 1 and first.allocations is not second.allocations
