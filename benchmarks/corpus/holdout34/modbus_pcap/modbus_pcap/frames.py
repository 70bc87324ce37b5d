"""Building Ethernet/IPv4/TCP frames that carry Modbus/TCP application data units."""

from __future__ import annotations

import ipaddress
import struct
from dataclasses import dataclass

MODBUS_PORT = 502


@dataclass
class TapRecord:
    """One Modbus message as the tap's collector logs it."""

    timestamp: float  # seconds since the epoch
    src: str
    dst: str
    src_port: int
    dst_port: int
    seq: int
    ack: int
    adu: bytes  # the Modbus/TCP application data unit (MBAP header + PDU)


def mbap(transaction: int, unit: int, pdu: bytes) -> bytes:
    """Prefix a PDU with its MBAP header (protocol 0, length counts the unit id)."""
    return struct.pack(">HHHB", transaction & 0xFFFF, 0, len(pdu) + 1, unit) + pdu


def read_holding_registers(transaction: int, unit: int, address: int, count: int) -> bytes:
    return mbap(transaction, unit, struct.pack(">BHH", 3, address, count))


def holding_registers_reply(transaction: int, unit: int, values: list[int]) -> bytes:
    data = b"".join(struct.pack(">H", value & 0xFFFF) for value in values)
    return mbap(transaction, unit, struct.pack(">BB", 3, len(data)) + data)


def write_single_register(transaction: int, unit: int, address: int, value: int) -> bytes:
    return mbap(transaction, unit, struct.pack(">BHH", 6, address, value & 0xFFFF))


def _checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f">{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def _mac(address: str) -> bytes:
    # The tap only sees the plant VLAN; MACs are derived from the hosts' IPs as the
    # switch's static ARP table assigns them.
    return b"\x02\x00" + ipaddress.IPv4Address(address).packed


def encode_frame(record: TapRecord) -> bytes:
    """The Ethernet II frame (IPv4, TCP with PSH|ACK) carrying the record's ADU."""
    src, dst = ipaddress.IPv4Address(record.src).packed, ipaddress.IPv4Address(record.dst).packed
    tcp = struct.pack(">HHIIBBHHH", record.src_port, record.dst_port, record.seq & 0xFFFFFFFF,
                      record.ack & 0xFFFFFFFF, 5 << 4, 0x18, 8192, 0, 0)
    pseudo = src + dst + struct.pack(">BBH", 0, 6, len(tcp) + len(record.adu))
    tcp = tcp[:16] + struct.pack(">H", _checksum(pseudo + tcp + record.adu)) + tcp[18:]
    total_length = 20 + len(tcp) + len(record.adu)
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, total_length, record.seq & 0xFFFF, 0x4000, 64, 6, 0, src, dst)
    ip = ip[:10] + struct.pack(">H", _checksum(ip)) + ip[12:]
    return _mac(record.dst) + _mac(record.src) + b"\x08\x00" + ip + tcp + record.adu
