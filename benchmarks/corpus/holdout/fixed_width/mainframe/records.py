"""Read the bank's fixed-width account exports."""

from __future__ import annotations

LAYOUT = [("account", 10), ("holder", 28), ("branch", 4), ("currency", 3), ("balance", 14), ("opened", 8)]
RECORD_WIDTH = sum(width for _, width in LAYOUT)


def parse_records(data: str) -> list[dict[str, str]]:
    """Split an export into records of LAYOUT fields, each stripped of padding blanks.

    Records follow each other directly; line breaks in the export are ignored. A short
    last record yields empty strings for the fields it lacks.
    """
    data = data.replace("\n", "")
    records = []
    while data:
        chunk, data = data[:RECORD_WIDTH], data[RECORD_WIDTH:]
        record = {}
        for field, width in LAYOUT:
            record[field] = chunk[:width].strip()
            chunk = chunk[width:]
        records.append(record)
    return records


def total_balance(data: str, currency: str) -> int:
    """Sum of the balances (in cents) of the accounts held in `currency`."""
    return sum(int(r["balance"]) for r in parse_records(data) if r["currency"] == currency)
