import pytest

from escpos.commands import PARTIAL_CUT, align, bold, encode, feed
from escpos.receipt import Item, Receipt, money, two_columns
from escpos.spool import render_spool

RECEIPT = Receipt("Bean There", 2, 17, "2024-03-14 08:05",
                  (Item("Latte", 2, 340), Item("Croissant", 1, 245)), 1000, "CASH")


def test_money_and_columns() -> None:
    assert money(1234) == "12.34"
    assert money(5) == "0.05"
    assert money(-5) == "-0.05"
    assert two_columns("Latte", "3.40", 12) == "Latte   3.40"
    assert two_columns("Very long product name", "3.40", 12) == "Very lo 3.40"


def test_commands() -> None:
    assert bold(True) == b"\x1bE\x01"
    assert align("right") == b"\x1ba\x02"
    assert feed(3) == b"\x1bd\x03"
    assert encode("Caf\u00e9 \u20ac") == b"Caf\x82 ?"
    with pytest.raises(ValueError):
        align("justify")


def test_render_one_cash_receipt() -> None:
    spool = render_spool([RECEIPT], width=30)
    text = spool.decode("cp437")
    assert spool.startswith(b"\x1b@\x1ba\x01\x1d!\x11Bean There\n")
    assert spool.endswith(b"\x1bd\x04" + PARTIAL_CUT)
    assert "Till 2  Receipt 000017\n" in text
    assert "2 x Latte" + " " * 17 + "6.80\n" in text
    assert "\x1bE\x01TOTAL" + " " * 21 + "9.25\n\x1bE\x00" in text
    assert "incl. VAT 20%" + " " * 13 + "1.54\n" in text
    assert "Change" + " " * 20 + "0.75\n" in text


def test_card_receipts_follow_each_other() -> None:
    card = Receipt("Bean There", 1, 18, "2024-03-14 08:06", (Item("Espresso", 1, 210),), 0)
    spool = render_spool([RECEIPT, card])
    assert spool.count(PARTIAL_CUT) == 2
    assert b"Card" + b" " * 34 + b"2.10\n" in spool
    assert render_spool([]) == b""


def test_bad_input() -> None:
    with pytest.raises(ValueError):
        render_spool([RECEIPT], width=20)
    short = Receipt("Bean There", 1, 19, "2024-03-14 08:07", (Item("Mocha", 1, 365),), 300, "CASH")
    with pytest.raises(ValueError):
        render_spool([short])
