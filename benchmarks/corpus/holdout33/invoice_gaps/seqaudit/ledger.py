"""Reading the sales ledger export."""

from __future__ import annotations

import csv
import io
import re

_NUMBER = re.compile(r"^(?P<series>.*?)(?P<number>\d+)$")


def split_number(invoice_number: str) -> tuple[str, int]:
    """Split an invoice number into its series prefix and sequence number.

    "INV-2024-000123" is ("INV-2024-", 123); surrounding blanks are ignored and the prefix is
    upper-cased, so "inv-2024-7" belongs to the same series. Raises ``ValueError`` when the
    number does not end in digits.
    """
    match = _NUMBER.match(invoice_number.strip())
    if match is None:
        raise ValueError(f"invoice number {invoice_number!r} does not end in a sequence number")
    return match["series"].upper(), int(match["number"])


def read_ledger(text: str) -> list[dict]:
    """Rows of the ledger CSV export (number, issued, customer, net, status) as dicts, in file order.

    ``issued`` stays an ISO date string; ``net`` becomes a float; ``status`` is lower-cased and
    defaults to "issued".
    """
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        rows.append({
            "number": row["number"].strip(),
            "issued": row["issued"].strip(),
            "customer": row.get("customer", "").strip(),
            "net": float(row.get("net") or 0),
            "status": (row.get("status") or "issued").strip().lower(),
        })
    return rows
