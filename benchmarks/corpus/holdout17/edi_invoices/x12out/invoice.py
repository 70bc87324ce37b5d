"""810 (invoice) interchanges."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Sequence

from x12out.segments import SegmentWriter


def _id_field(value: str, name: str) -> str:
    if not 1 <= len(value) <= 15:
        raise ValueError(f"{name} must be 1 to 15 characters")
    return f"{value:<15}"


def line_cents(line: dict[str, Any]) -> int:
    """Extended amount of an invoice line in cents."""
    return round(line["quantity"] * line["unit_price"] * 100)


def render_interchange(invoices: Sequence[dict[str, Any]], sender_id: str, receiver_id: str,
                       control_number: int, created: datetime, test: bool = False) -> str:
    """One ISA/IEA interchange holding a functional group with an 810 per invoice.

    Invoices are dicts with ``number``, ``date`` (ISO), ``po``, ``bill_to`` and
    ``ship_to`` (dicts with ``name``, ``id``, and for ship-to ``address``, ``city``,
    ``state``, ``zip``) and ``lines`` (dicts with ``sku``, ``description``, ``quantity``,
    ``uom``, ``unit_price``).
    """
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
