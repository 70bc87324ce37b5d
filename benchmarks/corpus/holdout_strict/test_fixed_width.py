"""Strict equivalence tests for parse_records (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from mainframe.records import LAYOUT, RECORD_WIDTH, parse_records
from strict_support import assert_same

TARGET = "mainframe/records.py:parse_records"

FIELDS = [("account", 10), ("holder", 28), ("branch", 4), ("currency", 3), ("balance", 14), ("opened", 8)]


def reference(data):
    data = data.replace("\n", "")
    records = []
    while data:
        chunk, data = data[:67], data[67:]
        record = {}
        for field, width in FIELDS:
            record[field] = chunk[:width].strip()
            chunk = chunk[width:]
        records.append(record)
    return records


def line(account="0000000001", holder="ADA LOVELACE", branch="0042", currency="GBP", balance="100", opened="20240101"):
    return f"{account:<10}{holder:<28}{branch:<4}{currency:<3}{balance:>14}{opened:<8}"


R1 = line()
R2 = line("0000000002", "ZOË  O'NEILL", "7", "EUR", "-5", "19991231")
CASES = [
    "",
    "\n",
    "\n\n\n",
    "   ",
    R1,
    R1 + "\n",
    R1 + R2,
    R1 + "\n" + R2 + "\n",
    "\n" + R1 + "\n\n" + R2,
    R1 + "\r\n" + R2 + "\r\n",
    R1[:30] + "\n" + R1[30:],
    R1 + R2[:5],
    R1 + R2[:40],
    R1 + R2[:-1],
    R1[:9],
    "x",
    " " * 67,
    " " * 68,
    "\t" * 67 + "abc",
    line(holder="\u00a0NBSP\u00a0", balance="\u2003 12 \u2003"),
    line(holder="\x1ffield\x1c", currency="\x0b\x0c "),
    line(holder="e\u0301e\u0301e\u0301", branch="東京"),
    line(holder="𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", opened="2024-1-1"),
    line(holder="a" * 40),
    R1.replace(" ", "\n"),
    R1 * 5 + "\n" * 5,
    "\n".join([R1, R2] * 7),
    "\r" + R1,
    "0123456789" * 20,
    b"0123456789",
]


def _random():
    rng = random.Random(73)
    for _ in range(30):
        parts = []
        for _ in range(rng.randrange(0, 6)):
            record = line(str(rng.randrange(10**10)), rng.choice(["ANNA", "BJÖRN", " X ", ""]),
                          str(rng.randrange(10**4)), rng.choice(["EUR", "SEK", ""]), str(rng.randrange(-999, 10**9)))
            cut = rng.randrange(len(record) + 1) if rng.random() < 0.2 else len(record)
            parts.append(record[:cut])
        yield rng.choice(["", "\n", "\r\n"]).join(parts) + rng.choice(["", "\n", " "])


@pytest.mark.parametrize("data", CASES + list(_random()))
def test_same_as_reference(data) -> None:
    assert_same(parse_records, reference, data)


def test_layout_is_unchanged() -> None:
    assert LAYOUT == FIELDS and RECORD_WIDTH == 67


def test_records_are_plain_dicts_in_layout_order() -> None:
    records = parse_records(R1 + R2)
    assert [type(r) for r in records] == [dict, dict]
    assert [list(r) for r in records] == [[name for name, _ in FIELDS]] * 2


def test_long_export() -> None:
    rng = random.Random(5)
    data = "\n".join(line(str(i), f"HOLDER {rng.randrange(999)}") for i in range(3000))
    assert parse_records(data) == reference(data)
