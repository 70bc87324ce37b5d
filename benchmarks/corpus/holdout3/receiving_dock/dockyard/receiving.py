"""Goods-in: match what arrived at the dock against the open purchase-order lines."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class OrderLine:
    po_number: str
    sku: str
    quantity: int


@dataclass(frozen=True)
class Receipt:
    sku: str
    quantity: int
    pallet: str = ""


@dataclass(frozen=True)
class Allocation:
    po_number: str
    sku: str
    quantity: int
    pallet: str


@dataclass
class ReceivingReport:
    allocations: list[Allocation] = field(default_factory=list)
    over_received: dict[str, int] = field(default_factory=dict)
    still_open: dict[str, int] = field(default_factory=dict)


def reconcile(order_lines: list[OrderLine], receipts: list[Receipt]) -> ReceivingReport:
    """Book each receipt against the open lines for its SKU, oldest line first.

    A receipt may fill several lines; what no open line needs is reported as
    over-received.  Whatever remains open afterwards is summed per SKU.
    """
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
