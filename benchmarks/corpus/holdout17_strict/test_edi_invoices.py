"""Strict equivalence tests for render_interchange (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest
from strict_support import assert_same
from x12out.invoice import render_interchange

TARGET = "x12out/invoice.py:render_interchange"


class SegmentWriter:
    def __init__(self, element_separator="*", segment_terminator="~",
                 sub_element_separator=">", line_break="\n"):
        if len({element_separator, segment_terminator, sub_element_separator}) != 3:
            raise ValueError("separators must all differ")
        self.element_separator = element_separator
        self.segment_terminator = segment_terminator
        self.sub_element_separator = sub_element_separator
        self.line_break = line_break
        self.text = ""
        self.transaction_start = 0

    def clean(self, value):
        text = "" if value is None else str(value)
        for reserved in (self.element_separator, self.segment_terminator, self.sub_element_separator):
            text = text.replace(reserved, " ")
        return text

    def segment(self, tag, *elements, raw=False):
        parts = [tag] + [str(element) if raw else self.clean(element) for element in elements]
        while len(parts) > 1 and parts[-1] == "":
            parts.pop()
        self.text += self.element_separator.join(parts) + self.segment_terminator + self.line_break

    def begin_transaction(self):
        self.transaction_start = len(self.text)

    def transaction_segment_count(self):
        return self.text[self.transaction_start:].count(self.segment_terminator) + 1


def _id_field(value, name):
    if not 1 <= len(value) <= 15:
        raise ValueError(f"{name} must be 1 to 15 characters")
    return f"{value:<15}"


def line_cents(line):
    return round(line["quantity"] * line["unit_price"] * 100)


def reference(invoices, sender_id, receiver_id, control_number, created, test=False):
    if not 0 < control_number < 10**9:
        raise ValueError("control number must have at most nine digits")
    writer = SegmentWriter()
    writer.segment("ISA", "00", " " * 10, "00", " " * 10, "ZZ", _id_field(sender_id, "sender_id"), "ZZ",
                   _id_field(receiver_id, "receiver_id"), created.strftime("%y%m%d"), created.strftime("%H%M"),
                   "U", "00401", f"{control_number:09d}", "0", "T" if test else "P", writer.sub_element_separator,
                   raw=True)
    writer.segment("GS", "IN", sender_id, receiver_id, created.strftime("%Y%m%d"), created.strftime("%H%M"),
                   control_number, "X", "004010")
    for position, invoice in enumerate(invoices, start=1):
        writer.begin_transaction()
        set_control = f"{position:04d}"
        writer.segment("ST", "810", set_control)
        writer.segment("BIG", invoice["date"].replace("-", ""), invoice["number"], "", invoice.get("po", ""))
        bill_to, ship_to = invoice["bill_to"], invoice["ship_to"]
        writer.segment("N1", "BT", bill_to["name"], "92", bill_to.get("id", ""))
        writer.segment("N1", "ST", ship_to["name"], "92", ship_to.get("id", ""))
        writer.segment("N3", ship_to.get("address", ""))
        writer.segment("N4", ship_to.get("city", ""), ship_to.get("state", ""), ship_to.get("zip", ""))
        total = 0
        for number, line in enumerate(invoice["lines"], start=1):
            writer.segment("IT1", number, line["quantity"], line.get("uom", "EA"), f"{line['unit_price']:.2f}",
                           "", "VN", line["sku"])
            if line.get("description"):
                writer.segment("PID", "F", "", "", "", line["description"])
            total += line_cents(line)
        writer.segment("TDS", total)
        writer.segment("CTT", len(invoice["lines"]))
        writer.segment("SE", writer.transaction_segment_count(), set_control)
    writer.segment("GE", len(invoices), control_number)
    writer.segment("IEA", 1, f"{control_number:09d}")
    return writer.text


NOW = datetime(2024, 3, 29, 23, 5, 17)


def L(sku="11042", quantity=3, price=7.85, description="Tomatoes", uom="CA"):
    line = {"sku": sku, "quantity": quantity, "unit_price": price}
    if description is not ...:
        line["description"] = description
    if uom is not ...:
        line["uom"] = uom
    return line


def I(number="INV-1", lines=None, po="PO-9", **changes):
    invoice = {
        "number": number, "date": "2024-03-28", "po": po,
        "bill_to": {"name": "Northway Foods plc", "id": "501"},
        "ship_to": {"name": "Northway Leeds", "id": "502", "address": "1 High St", "city": "Leeds", "state": "WY",
                    "zip": "LS1 4AP"},
        "lines": [L(), L("20931", 1, 9.49, ..., ...)] if lines is None else lines,
    }
    if po is ...:
        del invoice["po"]
    invoice.update(changes)
    return invoice


def E(*invoices, sender="SENDER", receiver="RECEIVER", control=42, created=NOW):
    return (list(invoices), sender, receiver, control, created)


CASES = [
    E(),
    E(I()),
    E(I(), I("INV-2"), I("INV-3", lines=[])),
    (E(I())[:5] + (True,)),
    (E(I())[:5] + (1,)),
    (E(I())[:5] + ("",)),
    E(I(), control=1),
    E(I(), control=999_999_999),
    E(I(), control=0),
    E(I(), control=-3),
    E(I(), control=10**9),
    E(I(), control=5.0),
    E(I(), control=True),
    E(I(), control="42"),
    E(I(), control=None),
    E(I(), sender=""),
    E(I(), sender="A" * 15, receiver="B" * 15),
    E(I(), sender="A" * 16),
    E(I(), receiver="B" * 16),
    E(I(), receiver=""),
    E(I(), sender=12345),
    E(I(), sender=None),
    E(I(), sender="ÜBERSEE-GMBH", receiver="КОМПАНИЯ"),
    E(I(), sender="SEND*ER", receiver="REC~V>R"),
    E(I(), sender=" PADDED "),
    E(I(), created=datetime(2000, 1, 1, 0, 0)),
    E(I(), created=date(2024, 2, 29)),
    E(I(), created=None),
    E(I(), created="2024-03-29"),
    E(I(po=...)),
    E(I(po="")),
    E(I(po=None)),
    E(I(po=12345)),
    E(I(number="")),
    E(I(number=None)),
    E(I(number="INV*1~2>3")),
    E(I(number="INV 1\n")),
    E(I(date="20240328")),
    E(I(date="2024-03-28T10:00")),
    E(I(date=None)),
    E(I(lines=[])),
    E(I(lines=[L(description="")])),
    E(I(lines=[L(description=None)])),
    E(I(lines=[L(description=...)])),
    E(I(lines=[L(description="Crème brûlée 6×100g")])),
    E(I(lines=[L(description="50% off*limited~time>now")])),
    E(I(lines=[L(uom=...)])),
    E(I(lines=[L(uom="")])),
    E(I(lines=[L(uom=None)])),
    E(I(lines=[L(quantity=0)])),
    E(I(lines=[L(quantity=-2)])),
    E(I(lines=[L(quantity=2.5)])),
    E(I(lines=[L(quantity=1, price=2.675)])),
    E(I(lines=[L(quantity=3, price=0.1)])),
    E(I(lines=[L(quantity=7, price=1.005)])),
    E(I(lines=[L(quantity=1, price=1e9)])),
    E(I(lines=[L(price=5)])),
    E(I(lines=[L(price="5")])),
    E(I(lines=[L(price=None)])),
    E(I(lines=[L(quantity="3")])),
    E(I(lines=[L(sku=None)])),
    E(I(lines=[L(sku="")])),
    E(I(lines=[L(sku="A*B")])),
    E(I(lines=[{"quantity": 1, "unit_price": 1.0}])),
    E(I(lines=[{"sku": "1", "unit_price": 1.0}])),
    E(I(lines=[{"sku": "1", "quantity": 1}])),
    E(I(lines=[L()] * 12)),
    E(I(lines=(L(), L("2")))),
    E(I(bill_to={"name": "Only Name"})),
    E(I(bill_to={"id": "1"})),
    E(I(ship_to={"name": "Bare Store"})),
    E(I(ship_to={"name": "Store~7", "id": "*", "address": ">", "city": "", "state": "", "zip": ""})),
    E(I(ship_to={"name": "Store", "id": "1", "address": "", "city": "", "state": "", "zip": "LS1"})),
    E(I(ship_to={"name": "Store", "address": None, "city": None, "state": "WY", "zip": None})),
    E(I(ship_to={"name": "Ünïcødé Store 店", "id": "5012345000017", "address": "Hauptstraße 5", "city": "Köln",
                 "state": "NW", "zip": "50667"})),
    E({"number": "X", "date": "2024-01-01", "bill_to": {"name": "B"}, "ship_to": {"name": "S"}}),
    E({"number": "X", "bill_to": {"name": "B"}, "ship_to": {"name": "S"}, "lines": []}),
    E({"number": "X", "date": "2024-01-01", "ship_to": {"name": "S"}, "lines": []}),
    E({"date": "2024-01-01", "bill_to": {"name": "B"}, "ship_to": {"name": "S"}, "lines": []}),
    E(I(), None),
    E(*[I(f"INV-{n}") for n in range(15)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(render_interchange, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(render_interchange, reference, [I()], "S", "R", control_number=7, created=NOW, test=True)
    assert_same(render_interchange, reference, invoices=(I(), I("B")), sender_id="S", receiver_id="R",
                control_number=8, created=NOW)


def test_invoices_as_tuple() -> None:
    assert_same(render_interchange, reference, (I(), I("INV-2")), "S", "R", 9, NOW)


WORDS = ["Northway", "Leeds", "High St", "A*B", "x~y", "p>q", "", "Café", "  spaced  ", "tab\tbed", "Unit 4"]


def _random_cases():
    rng = random.Random(4810)
    for index in range(150):
        invoices = []
        for number in range(rng.randint(0, 6)):
            lines = []
            for _ in range(rng.randint(0, 5)):
                line = {"sku": rng.choice(["11042", "20931", "A*1", "", 55]), "quantity": rng.choice([1, 2, 12, 0, 3.5]),
                        "unit_price": rng.choice([7.85, 0.01, 2.675, 10, 1234.5, round(rng.uniform(0, 50), 3)])}
                if rng.random() < 0.7:
                    line["description"] = rng.choice(WORDS)
                if rng.random() < 0.5:
                    line["uom"] = rng.choice(["CA", "EA", "", "K*G"])
                lines.append(line)
            ship_to = {"name": rng.choice(WORDS)}
            for key in ("id", "address", "city", "state", "zip"):
                if rng.random() < 0.7:
                    ship_to[key] = rng.choice(WORDS)
            invoice = {"number": f"INV-{index}-{number}", "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                       "bill_to": {"name": rng.choice(WORDS), "id": rng.choice(["", "501", "5*1"])},
                       "ship_to": ship_to, "lines": lines}
            if rng.random() < 0.8:
                invoice["po"] = rng.choice(["PO-1", "", "P~O"])
            invoices.append(invoice)
        created = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
        case = (invoices, rng.choice(["S", "WHOLESALE01", "A" * 15]), rng.choice(["R", "NORTHWAYEDI"]),
                rng.randint(1, 10**9 - 1), created)
        yield case + (rng.choice([True, False]),) if index % 3 == 0 else case


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(render_interchange, reference, *case)


def test_large_batch() -> None:
    rng = random.Random(6)
    invoices = []
    for number in range(400):
        lines = [{"sku": str(rng.randint(10000, 99999)), "description": "Item", "quantity": rng.randint(1, 50),
                  "uom": "CA", "unit_price": round(rng.uniform(1, 40), 2)} for _ in range(rng.randint(1, 9))]
        invoices.append({"number": f"INV-{number}", "date": "2024-03-01", "po": f"PO{number}",
                         "bill_to": {"name": "Northway", "id": "1"},
                         "ship_to": {"name": f"Store {number}", "id": str(number), "address": "High St",
                                     "city": "Leeds", "state": "WY", "zip": "LS1"}, "lines": lines})
    assert_same(render_interchange, reference, invoices, "WHOLESALE01", "NORTHWAYEDI", 4711, NOW)
