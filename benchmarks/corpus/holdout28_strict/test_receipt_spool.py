"""Strict equivalence tests for render_spool (never shown to wattlens)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from escpos.receipt import Item, Receipt
from escpos.spool import render_spool

TARGET = "escpos/spool.py:render_spool"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_INITIALISE = b"\x1b@"
_REF_PARTIAL_CUT = b"\x1dVB\x00"

_REF_ALIGNMENTS = {"left": 0, "center": 1, "right": 2}


def _ref_bold(on):
    return b"\x1bE" + (b"\x01" if on else b"\x00")


def _ref_double_size(on):
    return b"\x1d!" + (b"\x11" if on else b"\x00")


def _ref_align(mode):
    if mode not in _REF_ALIGNMENTS:
        raise ValueError(f"unknown alignment {mode!r}")
    return b"\x1ba" + bytes([_REF_ALIGNMENTS[mode]])


def _ref_feed(lines):
    if not 0 <= lines <= 255:
        raise ValueError(f"cannot feed {lines} lines")
    return b"\x1bd" + bytes([lines])


def _ref_encode(text):
    return text.encode("cp437", errors="replace")


def _ref_money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def _ref_two_columns(left, right, width):
    room = width - len(right) - 1
    if room < 1:
        return right[-width:]
    if len(left) > room:
        left = left[:room]
    return left + " " * (width - len(left) - len(right)) + right


def reference(receipts, width=42):
    if width < 24:
        raise ValueError(f"paper width {width} is too narrow for a receipt")
    rule = _ref_encode("-" * width) + b"\n"
    spool = b""
    for receipt in receipts:
        total = sum(item.quantity * item.unit_cents for item in receipt.items)
        if receipt.method == "CASH" and receipt.paid_cents < total:
            raise ValueError(f"receipt {receipt.number}: cash paid does not cover {_ref_money(total)}")
        spool += _REF_INITIALISE
        spool += _ref_align("center") + _ref_double_size(True) + _ref_encode(receipt.store) + b"\n" + _ref_double_size(False)
        spool += _ref_encode(f"Till {receipt.till}  Receipt {receipt.number:06d}") + b"\n"
        spool += _ref_encode(receipt.issued) + b"\n"
        spool += _ref_align("left") + rule
        for item in receipt.items:
            label = item.description if item.quantity == 1 else f"{item.quantity} x {item.description}"
            spool += _ref_encode(_ref_two_columns(label, _ref_money(item.quantity * item.unit_cents), width)) + b"\n"
        spool += rule
        spool += _ref_bold(True) + _ref_encode(_ref_two_columns("TOTAL", _ref_money(total), width)) + b"\n" + _ref_bold(False)
        vat = total * receipt.vat_percent // (100 + receipt.vat_percent)
        spool += _ref_encode(_ref_two_columns(f"incl. VAT {receipt.vat_percent}%", _ref_money(vat), width)) + b"\n"
        if receipt.method == "CASH":
            spool += _ref_encode(_ref_two_columns("Cash", _ref_money(receipt.paid_cents), width)) + b"\n"
            spool += _ref_encode(_ref_two_columns("Change", _ref_money(receipt.paid_cents - total), width)) + b"\n"
        else:
            spool += _ref_encode(_ref_two_columns(receipt.method.title(), _ref_money(total), width)) + b"\n"
        spool += _ref_align("center") + _ref_encode("Thank you for visiting!") + b"\n"
        spool += _ref_feed(4) + _REF_PARTIAL_CUT
    return spool


# --- cases -------------------------------------------------------------------------------

I = Item


def R(items=(I("Latte", 1, 340),), paid=0, method="CARD", store="Bean There", till=1, number=1,
      issued="2024-03-14 08:00", vat=20):
    return Receipt(store, till, number, issued, tuple(items) if isinstance(items, list) else items, paid, method, vat)


BASE = R()
CASH = R((I("Latte", 2, 340), I("Croissant", 1, 245)), paid=1000, method="CASH")

CASES = [
    ([],),
    ((),),
    ([BASE],),
    ((BASE,),),
    ([BASE, BASE],),
    ([CASH],),
    ([CASH, BASE, CASH],),
    ([BASE], 24),
    ([BASE], 23),
    ([BASE], 0),
    ([BASE], -5),
    ([], 10),
    ([BASE], 80),
    ([BASE], 200),
    ([BASE], 32.0),
    ([BASE], 30.5),
    ([BASE], True),
    ([BASE], None),
    ([BASE], "42"),
    ([R(items=())],),
    ([R(items=(), paid=0, method="CASH")],),
    ([R(items=(), paid=-1, method="CASH")],),
    ([R(paid=340, method="CASH")],),
    ([R(paid=339, method="CASH")],),
    ([BASE, R(paid=339, method="CASH")],),
    ([R(paid=None, method="CASH")],),
    ([R(paid=None, method="CARD")],),
    ([R(paid=340.0, method="CASH")],),
    ([R(paid=340.5, method="CASH")],),
    ([R(paid=True, method="CASH", items=(I("Gum", 1, 1),))],),
    ([R(method="cash", paid=0)],),
    ([R(method="Cash", paid=0)],),
    ([R(method="")],),
    ([R(method="apple pay")],),
    ([R(method="VOUCHER \u00e9t\u00e9")],),
    ([R(method=None)],),
    ([R(items=(I("Latte", 0, 340),))],),
    ([R(items=(I("Refund latte", -1, 340),))],),
    ([R(items=(I("Staff discount", 1, -50), I("Latte", 1, 340)))],),
    ([R(items=(I("Staff discount", 1, -500),))],),
    ([R(items=(I("Staff discount", 1, -500),), method="CASH", paid=0)],),
    ([R(items=(I("Latte", 1.0, 340),))],),
    ([R(items=(I("Latte", 2.0, 340),))],),
    ([R(items=(I("Latte", True, 340),))],),
    ([R(items=(I("Latte", False, 340),))],),
    ([R(items=(I("Latte", 1, 340.0),))],),
    ([R(items=(I("Latte", 1, None),))],),
    ([R(items=(I("Latte", None, 340),))],),
    ([R(items=(I(None, 1, 340),))],),
    ([R(items=(I(None, 2, 340),))],),
    ([R(items=(I("", 1, 340),))],),
    ([R(items=(I("x" * 60, 1, 340),))],),
    ([R(items=(I("x" * 60, 12, 340),))], 24),
    ([R(items=(I("Latte", 1, 10**12),))], 24),
    ([R(items=(I("Latte", 1, 10**30),))], 24),
    ([R(items=(I("Latte", 3, 10**9),))],),
    ([R(items=(I("Caf\u00e9 cr\u00e8me", 1, 320), I("Cr\u00eape \u20ac", 1, 450)))],),
    ([R(items=(I("\u62b9\u8336\u30e9\u30c6", 1, 420), I("Flat white \u2615", 1, 320)))],),
    ([R(store="Caf\u00e9 \u00dcber \u00a3\u20ac\U0001f600")],),
    ([R(store="")],),
    ([R(store="Bean There\n")],),
    ([R(store=None)],),
    ([R(store="S" * 100)],),
    ([R(issued="")],),
    ([R(issued="2024-03-14 08:00\r\n")],),
    ([R(issued=None)],),
    ([R(issued="14/03/2024 \u00e0 08h00")],),
    ([R(till=0, number=0)],),
    ([R(till="A", number=999999)],),
    ([R(number=1234567)],),
    ([R(number=-17)],),
    ([R(number=True)],),
    ([R(number=1.0)],),
    ([R(number="17")],),
    ([R(number=None)],),
    ([R(till=None)],),
    ([R(vat=0)],),
    ([R(vat=5)],),
    ([R(vat=100)],),
    ([R(vat=-100)],),
    ([R(vat=-20)],),
    ([R(vat=7.7)],),
    ([R(vat=True)],),
    ([R(items=(I("Latte", 1, 341),), vat=20)],),
    ([R(items=(I("Latte", 1, 119),), vat=19)],),
    ([R(items=[I("Latte", 1, 340), I("Mocha", 2, 365)])],),
    ([R(items=(I("Latte", 1, 340), I("Latte", 1, 340), I("Latte", 2, 340)))],),
    ([SimpleNamespace(store="Kiosk", till=9, number=5, issued="2024-03-14 09:00",
                      items=[SimpleNamespace(description="Tea", quantity=2, unit_cents=180)],
                      paid_cents=500, method="CASH", vat_percent=20)],),
    ([SimpleNamespace(store="Kiosk", till=9, number=5, issued="x", items=[], paid_cents=0, method="CARD")],),
    ([SimpleNamespace(items=[], method="CARD")],),
    ([None],),
    ([BASE, None],),
    (None,),
    ("receipts",),
    ([BASE, R(number=2, paid=1, method="CASH"), BASE],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(render_spool, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(render_spool, reference, receipts=[CASH, BASE], width=36)
    assert_same(render_spool, reference, [CASH], width=24)


def test_receipts_are_reusable() -> None:
    receipts = [CASH, BASE]
    assert render_spool(receipts) == render_spool(receipts) == reference(receipts)
    receipts.append(R(number=3))
    assert render_spool(receipts, 30) == reference(receipts, 30)


MENU = [("Espresso", 210), ("Flat white", 320), ("Latte", 340), ("Croissant", 245), ("Soup \u00e0 la carte", 495),
        ("Brownie", 275), ("Water", 150), ("Gift card", 2500)]


def _random_cases():
    rng = random.Random(28002)
    for _ in range(220):
        receipts = []
        for number in range(rng.randint(0, 4)):
            items = tuple(I(name, rng.choice([1, 1, 2, 3, 0, -1]), rng.choice([price, price, -price, 0]))
                          for name, price in rng.sample(MENU, rng.randint(0, 4)))
            total = sum(item.quantity * item.unit_cents for item in items)
            method = rng.choice(["CARD", "CASH", "CASH", "Contactless", "cash"])
            paid = total + rng.choice([0, 1, 50, 2000, -1]) if method == "CASH" else rng.choice([0, total])
            receipts.append(R(items, paid, method, rng.choice(["Bean There", "Caf\u00e9 Nord", "K"]),
                              rng.randint(1, 4), rng.randint(0, 10**6), f"2024-03-14 {rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}",
                              rng.choice([20, 20, 5, 0, 19])))
        yield (receipts, rng.choice([42, 42, 32, 24, 48, 23]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(render_spool, reference, *case)


def test_trading_day() -> None:
    """A realistic trading day at one branch: 150 receipts."""
    rng = random.Random(31)
    receipts = []
    for number in range(1, 151):
        items = tuple(I(name, rng.choice([1, 1, 2]), price) for name, price in rng.sample(MENU[:7], rng.randint(1, 4)))
        total = sum(item.quantity * item.unit_cents for item in items)
        cash = rng.random() < 0.2
        receipts.append(R(items, total + (rng.choice([0, 10, 100]) if cash else 0), "CASH" if cash else "CARD",
                          "Bean There - Station", 2, number, f"2024-03-14 {7 + number // 15:02d}:{number * 4 % 60:02d}"))
    assert_same(render_spool, reference, receipts)
