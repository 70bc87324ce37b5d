import struct

import pytest

from modbus_pcap.frames import (TapRecord, encode_frame, holding_registers_reply, mbap,
                                read_holding_registers, write_single_register, _checksum)
from modbus_pcap.pcap import MAGIC_NANOSECONDS, read_pcap, write_pcap
from modbus_pcap.session import poll_records, to_packets


def test_mbap_header() -> None:
    adu = read_holding_registers(7, 1, 40001 - 40001, 10)
    assert adu == bytes.fromhex("0007000000060103000000 0a".replace(" ", ""))


def test_reply_and_write() -> None:
    assert holding_registers_reply(1, 1, [1, 0x1234]) == bytes.fromhex("00010000000701030400011234")
    assert write_single_register(2, 3, 5, -1)[-2:] == b"\xff\xff"


def test_checksum_verifies() -> None:
    header = bytes.fromhex("450000730000400040110000c0a80001c0a800c7")
    value = _checksum(header)
    fixed = header[:10] + struct.pack(">H", value) + header[12:]
    assert _checksum(fixed) == 0


def test_encode_frame_layout() -> None:
    record = TapRecord(0.0, "10.0.0.5", "10.0.0.20", 50000, 502, 1, 1, read_holding_registers(1, 1, 0, 2))
    frame = encode_frame(record)
    assert frame[12:14] == b"\x08\x00"
    assert len(frame) == 14 + 20 + 20 + 12
    assert _checksum(frame[14:34]) == 0


def test_write_and_read_back() -> None:
    packets = [(1700000000.25, b"abc"), (1700000001.9999996, b"defg")]
    data = write_pcap(packets)
    assert len(data) == 24 + 16 + 3 + 16 + 4
    assert read_pcap(data) == [(1700000000.25, b"abc"), (1700000002.0, b"defg")]


def test_snaplen_truncates() -> None:
    data = write_pcap([(0.0, b"abcdef")], snaplen=4)
    assert struct.unpack_from("<IIII", data, 24) == (0, 0, 4, 6)
    assert data[40:] == b"abcd"


def test_nanoseconds() -> None:
    data = write_pcap([(1.000000123, b"x")], nanoseconds=True)
    assert struct.unpack_from("<I", data)[0] == MAGIC_NANOSECONDS
    assert struct.unpack_from("<II", data, 24) == (1, 123)


def test_empty_capture() -> None:
    assert len(write_pcap([])) == 24
    with pytest.raises(ValueError):
        read_pcap(b"\0" * 24)


def test_poll_records_sequence_numbers() -> None:
    request, reply = read_holding_registers(1, 1, 0, 1), holding_registers_reply(1, 1, [5])
    records = poll_records([(1.0, "10.0.0.5", "10.0.0.20", 50000, request, reply),
                            (2.0, "10.0.0.5", "10.0.0.20", 50000, request, b"")])
    assert [r.seq for r in records] == [1000, 5000, 1012]
    assert [t for t, _ in to_packets(records)] == [1.0, 1.0042, 2.0]
