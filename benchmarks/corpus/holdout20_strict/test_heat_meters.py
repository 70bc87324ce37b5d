"""Strict equivalence tests for decode_capture (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from mbusdecode.frames import decode_capture
from strict_support import assert_same

TARGET = "mbusdecode/frames.py:decode_capture"


# --- verbatim copy of the original implementation and its helpers -------------------------

DATA_LENGTHS = {0x0: 0, 0x1: 1, 0x2: 2, 0x3: 3, 0x4: 4, 0x6: 6, 0x7: 8}
START, STOP = 0x68, 0x16
CI_VARIABLE_DATA = 0x72


def manufacturer_code(raw):
    return "".join(chr(((raw >> shift) & 0x1F) + 64) for shift in (10, 5, 0))


def scaled(raw, exponent):
    return raw * 10 ** exponent if exponent >= 0 else raw / 10 ** -exponent


def quantity(vif, raw):
    code = vif & 0x7F
    n = code & 0x07
    if code <= 0x07:
        return "energy_wh", scaled(raw, n - 3)
    if 0x10 <= code <= 0x17:
        return "volume_l", scaled(raw, n - 3)
    if 0x28 <= code <= 0x2F:
        return "power_w", scaled(raw, n - 3)
    if 0x38 <= code <= 0x3F:
        return "flow_m3h", scaled(raw, n - 6)
    if 0x58 <= code <= 0x5B:
        return "flow_temp_c", scaled(raw, (n & 0x03) - 3)
    if 0x5C <= code <= 0x5F:
        return "return_temp_c", scaled(raw, (n & 0x03) - 3)
    return f"vif_{code:02x}", raw


def parse_records(payload):
    values = {}
    while payload:
        dif = payload[0]
        payload = payload[1:]
        if dif == 0x2F:
            continue
        if dif in (0x0F, 0x1F):
            break
        historic = bool(dif & 0x40)
        extension = dif & 0x80
        while extension and payload:
            dife = payload[0]
            payload = payload[1:]
            historic = historic or bool(dife & 0x0F)
            extension = dife & 0x80
        if (dif & 0x0F) not in DATA_LENGTHS or not payload:
            break
        vif = payload[0]
        payload = payload[1:]
        extension = vif & 0x80
        while extension and payload:
            extension = payload[0] & 0x80
            payload = payload[1:]
        size = DATA_LENGTHS[dif & 0x0F]
        if len(payload) < size:
            break
        raw = int.from_bytes(payload[:size], "little", signed=True)
        payload = payload[size:]
        if not historic:
            name, value = quantity(vif, raw)
            values[name] = value
    return values


def decode_body(body):
    header = body[3:15]
    return {
        "address": body[1],
        "meter_id": "".join(f"{byte:02x}" for byte in reversed(header[0:4])),
        "manufacturer": manufacturer_code(int.from_bytes(header[4:6], "little")),
        "version": header[6],
        "medium": header[7],
        "access": header[8],
        "status": header[9],
        "values": parse_records(body[15:]),
    }


def checksum(data):
    return sum(data) & 0xFF


def reference(capture):
    readings = []
    skipped = other = 0
    data = bytes(capture)
    while data:
        if len(data) >= 6 and data[0] == START and data[3] == START and data[1] == data[2]:
            length = data[1]
            frame = data[:length + 6]
            if len(frame) == length + 6 and frame[-1] == STOP and checksum(frame[4:-2]) == frame[-2]:
                body = frame[4:-2]
                if length >= 15 and body[2] == CI_VARIABLE_DATA:
                    readings.append(decode_body(body))
                else:
                    other += 1
                data = data[length + 6:]
                continue
        skipped += 1
        data = data[1:]
    return readings, skipped, other


# --- cases -------------------------------------------------------------------------------

def frame(address, ci, payload, control=0x08):
    body = bytes([control, address, ci]) + payload
    return bytes([START, len(body), len(body), START]) + body + bytes([sum(body) & 0xFF, STOP])


def header(meter=b"\x78\x56\x34\x12", manufacturer=0x2C2D, version=1, medium=4, access=0x2A, status=0):
    return meter + manufacturer.to_bytes(2, "little") + bytes([version, medium, access, status, 0, 0])


def rec(dif, vif, value=b""):
    return bytes([dif, vif]) + value


def le(number, size):
    return number.to_bytes(size, "little", signed=True)


ENERGY = rec(0x04, 0x06, le(12345, 4))
TEMP = rec(0x02, 0x5A, le(655, 2))
GOOD = frame(5, 0x72, header() + ENERGY + TEMP)
BAD_CS = GOOD[:-2] + bytes([GOOD[-2] ^ 0xFF]) + GOOD[-1:]
BAD_STOP = GOOD[:-1] + b"\x17"

CASES = [
    b"",
    b"\x00",
    b"\xe5",
    b"\xe5\xe5\xe5",
    b"\x68",
    b"\x68\x03\x03\x68",
    b"\x68\x00\x00\x68\x00\x16",
    b"\x68\x00\x00\x68\x01\x16",
    b"\x68\x00\x00\x68\x00\x16" * 3,
    GOOD,
    GOOD * 3,
    b"\x00\xe5" + GOOD + b"\xff",
    b"\x68" + GOOD,
    b"\x68\x68" + GOOD,
    GOOD[:-1],
    GOOD[:-1] + GOOD,
    GOOD[:10] + GOOD,
    GOOD[1:] + GOOD,
    BAD_CS,
    BAD_CS + GOOD,
    BAD_STOP + GOOD,
    GOOD + BAD_CS + GOOD,
    bytearray(GOOD),
    list(GOOD),
    tuple(b"\xe5" + GOOD),
    7,
    0,
    frame(1, 0x51, b""),
    frame(1, 0x51, b"\x01\x02\x03"),
    frame(1, 0x72, b""),
    frame(1, 0x72, header()[:11]),
    frame(1, 0x72, header()),
    frame(1, 0x72, header()[:11]) + GOOD,
    frame(1, 0x78, b"") + GOOD + frame(2, 0x51, b"\xff"),
    frame(1, 0x72, header(), control=0x53),
    frame(0, 0x72, header(meter=b"\x00\x00\x00\x00", manufacturer=0)),
    frame(255, 0x72, header(meter=b"\xab\xcd\xef\x9a", manufacturer=0x7FFF, version=255, medium=255, access=255, status=255)),
    frame(1, 0x72, header(manufacturer=0xFFFF)),
    frame(9, 0x72, header() + bytes(240)),
    frame(9, 0x72, header() + bytes([0x2F] * 200)),
    # data records
    frame(1, 0x72, header() + rec(0x01, 0x00, le(-1, 1)) + rec(0x02, 0x01, le(-300, 2)) + rec(0x03, 0x02, le(70000, 3))),
    frame(1, 0x72, header() + rec(0x04, 0x03, le(2 ** 31 - 1, 4)) + rec(0x06, 0x07, le(-(2 ** 47), 6))),
    frame(1, 0x72, header() + rec(0x07, 0x05, le(2 ** 63 - 1, 8))),
    frame(1, 0x72, header() + rec(0x04, 0x06, le(1, 4)) + rec(0x04, 0x07, le(2, 4))),
    frame(1, 0x72, header() + rec(0x04, 0x10, le(5, 4)) + rec(0x04, 0x13, le(5, 4)) + rec(0x04, 0x17, le(5, 4))),
    frame(1, 0x72, header() + rec(0x02, 0x28, le(1, 2)) + rec(0x02, 0x2B, le(123, 2)) + rec(0x02, 0x2F, le(3, 2))),
    frame(1, 0x72, header() + rec(0x02, 0x38, le(639, 2)) + rec(0x02, 0x3B, le(639, 2)) + rec(0x02, 0x3F, le(7, 2))),
    frame(1, 0x72, header() + rec(0x02, 0x58, le(1, 2)) + rec(0x02, 0x5B, le(-12, 2)) + rec(0x02, 0x5C, le(331, 2))
          + rec(0x02, 0x5F, le(331, 2))),
    frame(1, 0x72, header() + rec(0x02, 0x5A, le(1, 2)) + rec(0x02, 0x5A, le(3, 2)) + rec(0x02, 0x5A, le(7, 2))),
    frame(1, 0x72, header() + rec(0x02, 0x5A, le(-655, 2)) + rec(0x02, 0x5E, le(0, 2))),
    frame(1, 0x72, header() + rec(0x02, 0x6C, le(0x2C41, 2)) + rec(0x04, 0x6D, le(1, 4)) + rec(0x01, 0x7F, le(9, 1))),
    frame(1, 0x72, header() + rec(0x00, 0x06) + ENERGY),
    frame(1, 0x72, header() + rec(0x44, 0x06, le(999, 4)) + ENERGY),
    frame(1, 0x72, header() + ENERGY + rec(0x44, 0x06, le(999, 4))),
    frame(1, 0x72, header() + rec(0x84, 0x10, b"") + b"\x06" + le(5, 4) + TEMP),
    frame(1, 0x72, header() + bytes([0x84, 0x00, 0x06]) + le(5, 4) + TEMP),
    frame(1, 0x72, header() + bytes([0x84, 0x01, 0x06]) + le(5, 4) + TEMP),
    frame(1, 0x72, header() + bytes([0x84, 0x80, 0x10, 0x06]) + le(5, 4) + TEMP),
    frame(1, 0x72, header() + bytes([0x84, 0x80, 0x00, 0x06]) + le(5, 4) + TEMP),
    frame(1, 0x72, header() + bytes([0x84])),
    frame(1, 0x72, header() + bytes([0x84, 0x80])),
    frame(1, 0x72, header() + bytes([0x04, 0x86, 0x3C]) + le(5, 4) + TEMP),
    frame(1, 0x72, header() + bytes([0x04, 0xFB, 0x8D, 0x01]) + le(5, 4) + TEMP),
    frame(1, 0x72, header() + bytes([0x04, 0x86])),
    frame(1, 0x72, header() + bytes([0x04, 0x86, 0x80])),
    frame(1, 0x72, header() + bytes([0x04, 0x06, 0x01, 0x02, 0x03])),
    frame(1, 0x72, header() + bytes([0x04])),
    frame(1, 0x72, header() + ENERGY + bytes([0x05, 0x06]) + le(1, 4) + TEMP),
    frame(1, 0x72, header() + ENERGY + bytes([0x0D, 0x06, 0x02, 0x41, 0x42]) + TEMP),
    frame(1, 0x72, header() + ENERGY + bytes([0x09, 0x06, 0x12]) + TEMP),
    frame(1, 0x72, header() + ENERGY + bytes([0x0F, 0x04, 0x06]) + TEMP),
    frame(1, 0x72, header() + ENERGY + bytes([0x1F]) + TEMP),
    frame(1, 0x72, header() + bytes([0x2F, 0x2F]) + ENERGY + bytes([0x2F]) + TEMP + bytes([0x2F])),
    frame(1, 0x72, header() + ENERGY + TEMP) + frame(2, 0x72, header(meter=b"\x01\x00\x00\x00") + TEMP),
    # line noise that looks like frame starts
    b"\x68\x05\x05\x68" + bytes(20),
    b"\x68\x02\x02\x68\x01\x02\x03\x16" + GOOD,
    b"\x68\x03\x03\x68\x08\x01\x51\x5a\x16",
    b"\x68\x03\x03\x68\x08\x01\x51\x5a\x16\x68",
    b"\x68\x03\x04\x68\x08\x01\x51\x5a\x16",
    bytes(range(256)),
    bytes(range(255, -1, -1)) + GOOD,
    b"\x16\x68\x16\x68" * 10,
    # invalid input
    None,
    "68 03 03 68",
    [0x68, 256],
    [0x68, -1],
    3.5,
    [GOOD],
]


@pytest.mark.parametrize("capture", CASES)
def test_cases(capture) -> None:
    assert_same(decode_capture, reference, capture)


def test_keyword_argument() -> None:
    assert_same(decode_capture, reference, capture=GOOD + BAD_CS)


def test_capture_buffer_not_modified() -> None:
    capture = bytearray(b"\x00" + GOOD)
    decode_capture(capture)
    assert capture == bytearray(b"\x00" + GOOD)


def _random_records(rng):
    out = b""
    for _ in range(rng.randint(0, 10)):
        kind = rng.random()
        if kind < 0.6:
            dif = rng.choice([0x00, 0x01, 0x02, 0x03, 0x04, 0x06, 0x07, 0x44, 0x42, 0x84])
            vif = rng.choice([0x03, 0x06, 0x13, 0x15, 0x2B, 0x3B, 0x5A, 0x5E, 0x6C, 0x6D, 0x78, 0xFD])
            out += bytes([dif])
            if dif & 0x80:
                out += bytes([rng.choice([0x00, 0x01, 0x10, 0x80])])
                if out[-1] & 0x80:
                    out += b"\x00"
            out += bytes([vif])
            if vif & 0x80:
                out += bytes([rng.randint(0, 0x7F)])
            size = DATA_LENGTHS[dif & 0x0F]
            out += le(rng.randint(-(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1), size) if size else b""
        elif kind < 0.7:
            out += b"\x2f"
        elif kind < 0.75:
            out += bytes([rng.choice([0x0F, 0x1F, 0x05, 0x0D])])
        else:
            out += bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 4)))
    return out


def _random_capture(rng):
    chunks = []
    for _ in range(rng.randint(0, 12)):
        roll = rng.random()
        if roll < 0.15:
            chunks.append(bytes(rng.choice([0x00, 0x68, 0x16, 0xE5, rng.randint(0, 255)]) for _ in range(rng.randint(1, 8))))
        elif roll < 0.25:
            chunks.append(frame(rng.randint(0, 255), rng.choice([0x51, 0x78, 0x7A]), bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 5)))))
        else:
            meter = bytes(rng.randint(0, 0x99) for _ in range(4))
            payload = header(meter, rng.randint(0, 0xFFFF), rng.randint(0, 255), rng.randint(0, 15), rng.randint(0, 255), rng.choice([0, 0, 4, 8]))
            body = payload + _random_records(rng)
            if len(body) > 250:
                body = body[:250]
            data = frame(rng.randint(0, 255), 0x72, body)
            if rng.random() < 0.1:
                data = data[:rng.randint(1, len(data))]
            elif rng.random() < 0.1:
                position = rng.randrange(len(data))
                data = data[:position] + bytes([rng.randint(0, 255)]) + data[position + 1:]
            chunks.append(data)
    return b"".join(chunks)


def _random_cases():
    rng = random.Random(13757)
    for index in range(180):
        capture = _random_capture(rng)
        if index % 9 == 0:
            capture = bytearray(capture)
        yield capture


@pytest.mark.parametrize("capture", list(_random_cases()))
def test_random(capture) -> None:
    assert_same(decode_capture, reference, capture)


def test_monthly_readout() -> None:
    rng = random.Random(2)
    capture = b"".join(_random_capture(rng) for _ in range(300))
    assert_same(decode_capture, reference, capture)
