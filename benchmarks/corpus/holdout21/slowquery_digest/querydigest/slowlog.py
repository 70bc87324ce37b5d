"""Reading MySQL slow-query log entries."""

from __future__ import annotations

import re
from dataclasses import dataclass

STATS = re.compile(r"#\s*Query_time:\s*([\d.]+)\s+Lock_time:\s*([\d.]+)\s+Rows_sent:\s*(\d+)\s+Rows_examined:\s*(\d+)")


@dataclass
class Entry:
    query_time: float
    lock_time: float
    rows_sent: int
    rows_examined: int
    sql: str


def parse_slow_log(text: str) -> list[Entry]:
    """Entries in log order. Each starts at its '# Query_time:' line; the SQL is every
    following non-comment line up to the next header, without 'SET timestamp=' and 'use'
    statements. Entries without SQL are dropped."""
    entries: list[Entry] = []
    stats = None
    sql_lines: list[str] = []

    def flush() -> None:
        if stats is not None and sql_lines:
            entries.append(Entry(float(stats[0]), float(stats[1]), int(stats[2]), int(stats[3]), "\n".join(sql_lines)))

    for line in text.splitlines():
        if line.startswith("#"):
            match = STATS.match(line)
            if match:
                flush()
                stats = match.groups()
                sql_lines = []
            continue
        lowered = line.strip().lower()
        if not lowered or lowered.startswith("set timestamp=") or lowered.startswith("use "):
            continue
        if stats is not None:
            sql_lines.append(line)
    flush()
    return entries
