"""The city's dispatch zones and the travel-time table between them."""

from __future__ import annotations

import csv
import io


def read_travel_times(text: str) -> dict[str, dict[str, int]]:
    """{from zone: {to zone: minutes}} from the "from,to,minutes" CSV; the table is made
    symmetric when only one direction is listed and a zone is 0 minutes from itself."""
    table: dict[str, dict[str, int]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        origin, destination, minutes = row["from"].strip(), row["to"].strip(), int(row["minutes"])
        table.setdefault(origin, {})[destination] = minutes
        table.setdefault(destination, {}).setdefault(origin, minutes)
    for zone in table:
        table[zone][zone] = 0
    return table
