"""Strict equivalence tests for write_pcap (never shown to wattlens)."""

from __future__ import annotations

import random
import struct
from decimal import Decimal
from fractions import Fraction

import pytest
from strict_support import assert_same
from modbus_pcap.pcap import write_pcap

TARGET = "modbus_pcap/pcap.py:write_pcap"

LINKTYPE_ETHERNET = 1
MAGIC_MICROSECONDS = 0xA1B2C3D4
MAGIC_NANOSECONDS = 0xA1B23C4D


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(packets, snaplen=65535, nanoseconds=False, link_type=LINKTYPE_ETHERNET):
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


# --- cases -------------------------------------------------------------------------------

FRAME = bytes(range(60))
BIG = bytes(range(256)) * 7

CASES = [
    ([],),
    ((),),
    ([], 0),
    ([], 2 ** 32 - 1),
    ([], 2 ** 32),
    ([], -1),
    ([], None),
    ([], 65535, True),
    ([], 65535, False, 101),
    ([], 65535, False, -1),
    ([], 65535, False, None),
    ([(0, b"")],),
    ([(0.0, b"")],),
    ([(0, FRAME)],),
    ([(1700000000, FRAME)],),
    ([(1700000000.5, FRAME)],),
    ([(1700000000.9999995, FRAME)],),
    ([(1700000000.9999994, FRAME)],),
    ([(1700000000.9999995, FRAME)], 65535, True),
    ([(1.0000000005, FRAME)], 65535, True),
    ([(1.9999999996, FRAME)], 65535, True),
    ([(0.0000005, FRAME)],),
    ([(0.0000015, FRAME)],),
    ([(0.0000025, FRAME)],),
    ([(2 ** 32 - 1, FRAME)],),
    ([(2 ** 32, FRAME)],),
    ([(2 ** 32 - 0.0000001, FRAME)],),
    ([(-1, FRAME)],),
    ([(-0.5, FRAME)],),
    ([(-0.0, FRAME)],),
    ([(float("nan"), FRAME)],),
    ([(float("inf"), FRAME)],),
    ([(True, FRAME)],),
    ([(Decimal("1700000000.123456789"), FRAME)],),
    ([(Decimal("1700000000.123456789"), FRAME)], 65535, True),
    ([(Decimal("1.9999995"), FRAME)],),
    ([(Fraction(7, 3), FRAME)],),
    ([(Fraction(7, 3), FRAME)], 65535, 1),
    ([("1.5", FRAME)],),
    ([(None, FRAME)],),
    ([(1.5, FRAME)], 10),
    ([(1.5, FRAME)], 60),
    ([(1.5, FRAME)], 61),
    ([(1.5, FRAME)], 59),
    ([(1.5, FRAME)], 0),
    ([(1.5, FRAME)], -10),
    ([(1.5, FRAME)], None),
    ([(1.5, FRAME)], 1.5),
    ([(1.5, BIG)], 1500),
    ([(1.5, BIG), (1.6, FRAME), (1.7, BIG)], 100),
    ([(1.5, bytearray(FRAME))],),
    ([(1.5, bytearray(FRAME)), (1.6, FRAME)], 20),
    ([(1.5, "text frame")],),
    ([(1.5, FRAME), (1.6, "text frame")],),
    ([(1.5, [1, 2, 3])],),
    ([(1.5, None)],),
    ([(1.5, FRAME, "extra")],),
    ([(1.5,)],),
    ([[1.5, FRAME], [1.6, FRAME]],),
    ([(2.0, FRAME), (1.0, FRAME), (1.0, FRAME)],),
    ([(1.0, FRAME)] * 5,),
    ([(1.0, FRAME), (1.0, b"")] * 3, 4, True, 228),
    ([(1.5, FRAME)], 65535, "yes"),
    ([(1.5, FRAME)], 65535, ""),
    ([(1.5, FRAME)], 65535, None),
    ([(1.5, FRAME)], 65535, [0]),
    (None,),
    ([None],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(write_pcap, reference, *case)


def test_keyword_arguments() -> None:
    packets = [(1.25, FRAME), (2.5, BIG)]
    assert_same(write_pcap, reference, packets=packets)
    assert_same(write_pcap, reference, packets, snaplen=100, nanoseconds=True, link_type=228)
    assert_same(write_pcap, reference, packets, link_type=0)


def test_frame_objects_shared() -> None:
    shared = bytearray(b"\x01\x02\x03")
    assert_same(write_pcap, reference, [(1.0, shared), (2.0, shared)], 2)


def _random_cases():
    rng = random.Random(34425)
    for _ in range(220):
        packets = []
        time = rng.choice([0.0, 1_700_000_000.0, 4_294_967_000.0])
        for _ in range(rng.choice([0, 1, 2, 5, 30, 120])):
            time += rng.choice([0.0, 0.0000004, 0.0000005, 0.001, rng.random(), rng.expovariate(2)])
            length = rng.choice([0, 1, 14, 60, 66, 300, 1514])
            frame = bytes(rng.randrange(256) for _ in range(length))
            packets.append((time if rng.random() < 0.9 else int(time), frame))
        args = [packets]
        if rng.random() < 0.6:
            args.append(rng.choice([0, 1, 64, 65535, 262144]))
            if rng.random() < 0.5:
                args.append(rng.random() < 0.5)
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(write_pcap, reference, *case)
