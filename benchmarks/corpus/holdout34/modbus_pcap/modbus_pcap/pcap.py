"""The libpcap capture-file format (the classic one Wireshark and tcpdump read)."""

from __future__ import annotations

import struct
from typing import Iterable

LINKTYPE_ETHERNET = 1
MAGIC_MICROSECONDS = 0xA1B2C3D4
MAGIC_NANOSECONDS = 0xA1B23C4D


def write_pcap(packets: Iterable[tuple[float, bytes]], snaplen: int = 65535,
               nanoseconds: bool = False, link_type: int = LINKTYPE_ETHERNET) -> bytes:
    """A little-endian pcap file holding the (timestamp, frame bytes) packets in order.

    Frames longer than ``snaplen`` are truncated, keeping their original length in the record
    header. Timestamps are split into whole seconds and a rounded micro- (or nano-) second
    fraction.
    """
    magic = MAGIC_NANOSECONDS if nanoseconds else MAGIC_MICROSECONDS
    scale = 1_000_000_000 if nanoseconds else 1_000_000
    out = struct.pack("<IHHiIII", magic, 2, 4, 0, 0, snaplen, link_type)
    for timestamp, frame in packets:
        seconds = int(timestamp)
        fraction = round((timestamp - seconds) * scale)
        if fraction >= scale:
            seconds, fraction = seconds + 1, fraction - scale
        captured = frame[:snaplen]
        out += struct.pack("<IIII", seconds, fraction, len(captured), len(frame))
        out += captured
    return out


def read_pcap(data: bytes) -> list[tuple[float, bytes]]:
    """Read back a file written by ``write_pcap`` (for checks): (timestamp, captured bytes)."""
    magic, = struct.unpack_from("<I", data, 0)
    if magic not in (MAGIC_MICROSECONDS, MAGIC_NANOSECONDS):
        raise ValueError("not a little-endian pcap file")
    scale = 1_000_000_000 if magic == MAGIC_NANOSECONDS else 1_000_000
    packets, offset = [], 24
    while offset < len(data):
        seconds, fraction, captured, _original = struct.unpack_from("<IIII", data, offset)
        offset += 16
        packets.append((seconds + fraction / scale, data[offset:offset + captured]))
        offset += captured
    return packets
