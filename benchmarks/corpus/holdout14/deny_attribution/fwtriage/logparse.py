"""Parsing of the firewall's deny-log lines."""

from __future__ import annotations

from typing import Any


def parse_deny(line: str) -> dict[str, Any] | None:
    """Parse ``<time> DENY <proto> <src>:<sport> -> <dst>:<dport>``; None for other lines."""
    parts = line.split()
    if len(parts) != 6 or parts[1] != "DENY" or parts[4] != "->":
        return None
    source, _, source_port = parts[3].rpartition(":")
    destination, _, destination_port = parts[5].rpartition(":")
    return {
        "time": parts[0],
        "proto": parts[2].lower(),
        "src": source,
        "sport": int(source_port),
        "dst": destination,
        "dport": int(destination_port),
    }
