"""Turning the collector's poll log into TCP-consistent tap records."""

from __future__ import annotations

from typing import Iterable

from .frames import MODBUS_PORT, TapRecord, encode_frame


def poll_records(polls: Iterable[tuple[float, str, str, int, bytes, bytes]]) -> list[TapRecord]:
    """Request and reply records for each (time, master ip, slave ip, master port, request,
    reply) poll, with running TCP sequence numbers per connection."""
    sequence: dict[tuple[str, int, str], list[int]] = {}
    records = []
    for time, master, slave, port, request, reply in polls:
        counters = sequence.setdefault((master, port, slave), [1000, 5000])
        records.append(TapRecord(time, master, slave, port, MODBUS_PORT, counters[0], counters[1], request))
        counters[0] += len(request)
        if reply:
            records.append(TapRecord(time + 0.0042, slave, master, MODBUS_PORT, port, counters[1], counters[0],
                                     reply))
            counters[1] += len(reply)
    return records


def to_packets(records: Iterable[TapRecord]) -> list[tuple[float, bytes]]:
    """(timestamp, frame) pairs ready for ``write_pcap``, in time order."""
    return [(record.timestamp, encode_frame(record)) for record in sorted(records, key=lambda r: r.timestamp)]
