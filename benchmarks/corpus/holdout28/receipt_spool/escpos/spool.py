"""The printer spool: receipts rendered one after another as ESC/POS commands."""

from __future__ import annotations

from collections.abc import Sequence

from escpos.commands import INITIALISE, PARTIAL_CUT, align, bold, double_size, encode, feed
from escpos.receipt import Receipt, money, two_columns


def render_spool(receipts: Sequence[Receipt], width: int = 42) -> bytes:
    """The ESC/POS byte stream that prints ``receipts`` in order, each ending with a partial cut.

    Each receipt has a centred header (store name in double size, till and receipt number, time),
    one line per item ("3 x Latte" when more than one was sold) with its amount, the bold total,
    the VAT included in it (rounded down to the cent), and the payment: for cash the amount
    tendered and the change. ``width`` is the paper width in characters.

    Raises ``ValueError`` when ``width`` is below 24 characters, or when a cash payment does not
    cover the total.
    """
    if width < 24:
        raise ValueError(f"paper width {width} is too narrow for a receipt")
    rule = encode("-" * width) + b"\n"
    spool = b""
    for receipt in receipts:
        total = sum(item.quantity * item.unit_cents for item in receipt.items)
        if receipt.method == "CASH" and receipt.paid_cents < total:
            raise ValueError(f"receipt {receipt.number}: cash paid does not cover {money(total)}")
        spool += INITIALISE
        spool += align("center") + double_size(True) + encode(receipt.store) + b"\n" + double_size(False)
        spool += encode(f"Till {receipt.till}  Receipt {receipt.number:06d}") + b"\n"
        spool += encode(receipt.issued) + b"\n"
        spool += align("left") + rule
        for item in receipt.items:
            label = item.description if item.quantity == 1 else f"{item.quantity} x {item.description}"
            spool += encode(two_columns(label, money(item.quantity * item.unit_cents), width)) + b"\n"
        spool += rule
        spool += bold(True) + encode(two_columns("TOTAL", money(total), width)) + b"\n" + bold(False)
        vat = total * receipt.vat_percent // (100 + receipt.vat_percent)
        spool += encode(two_columns(f"incl. VAT {receipt.vat_percent}%", money(vat), width)) + b"\n"
        if receipt.method == "CASH":
            spool += encode(two_columns("Cash", money(receipt.paid_cents), width)) + b"\n"
            spool += encode(two_columns("Change", money(receipt.paid_cents - total), width)) + b"\n"
        else:
            spool += encode(two_columns(receipt.method.title(), money(total), width)) + b"\n"
        spool += align("center") + encode("Thank you for visiting!") + b"\n"
        spool += feed(4) + PARTIAL_CUT
    return spool
