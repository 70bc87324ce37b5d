"""Audit events as written by each application server."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditEvent:
    timestamp_us: int  # microseconds since the epoch, from the server's clock
    server: str
    sequence: int  # per-server sequence number
    actor: str
    action: str
    target: str = ""


def parse_line(line: str) -> AuditEvent:
    """Parse ``timestamp|server|sequence|actor|action|target`` as shipped by the log forwarder."""
    fields = line.rstrip("\n").split("|")
    if len(fields) not in (5, 6):
        raise ValueError(f"malformed audit line: {line!r}")
    timestamp, server, sequence, actor, action = fields[:5]
    return AuditEvent(int(timestamp), server, int(sequence), actor, action, fields[5] if len(fields) == 6 else "")


def format_event(event: AuditEvent) -> str:
    return f"{event.timestamp_us}|{event.server}|{event.sequence}|{event.actor}|{event.action}|{event.target}"
