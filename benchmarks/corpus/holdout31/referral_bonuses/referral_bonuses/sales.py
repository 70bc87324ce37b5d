"""Personal volume from the month's orders."""

from __future__ import annotations


def personal_volumes(order_lines: list[str]) -> dict[str, float]:
    """Sum the point volume (PV) of "order_id;distributor_id;pv" lines per distributor.

    Returns (refunds) have negative PV. Lines starting with ``#`` are comments. Raises
    ``ValueError`` for a malformed line."""
    volumes: dict[str, float] = {}
    for number, raw in enumerate(order_lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(";")
        if len(parts) != 3:
            raise ValueError(f"line {number}: expected order_id;distributor_id;pv")
        member = parts[1].strip().upper()
        volumes[member] = volumes.get(member, 0.0) + float(parts[2])
    return volumes
