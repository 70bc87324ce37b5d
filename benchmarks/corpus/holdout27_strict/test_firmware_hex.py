"""Strict equivalence tests for load_image (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from hexload.image import FirmwareImage
from hexload.reader import load_image

TARGET = "hexload/reader.py:load_image"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def reference(text, fill=0xFF):
    records = []
    upper = 0
    start = None
    finished = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith(":"):
            raise ValueError(f"line {number}: a record starts with ':'")
        try:
            record = bytes.fromhex(line[1:])
        except ValueError:
            raise ValueError(f"line {number}: not hexadecimal") from None
        if len(record) < 5 or len(record) != record[0] + 5:
            raise ValueError(f"line {number}: the byte count does not match the record")
        if sum(record) & 0xFF:
            raise ValueError(f"line {number}: checksum mismatch")
        address, kind, payload = (record[1] << 8) | record[2], record[3], record[4:-1]
        if kind == 0x00:
            records.append((upper + address, payload))
        elif kind == 0x01:
            finished = True
            break
        elif kind == 0x02:
            upper = int.from_bytes(payload, "big") << 4
        elif kind == 0x04:
            upper = int.from_bytes(payload, "big") << 16
        elif kind == 0x03:
            start = (int.from_bytes(payload[:2], "big") << 4) + int.from_bytes(payload[2:], "big")
        elif kind == 0x05:
            start = int.from_bytes(payload, "big")
        else:
            raise ValueError(f"line {number}: unknown record type {kind:#04x}")
    if not finished:
        raise ValueError("missing end-of-file record")
    if not records:
        return FirmwareImage(0, b"", start)

    base = min(address for address, _ in records)
    filler = bytes([fill])
    image = b""
    for address, payload in records:
        offset = address - base
        if offset > len(image):
            image += filler * (offset - len(image))
        image = image[:offset] + payload + image[offset + len(payload):]
    return FirmwareImage(base, image, start)


# --- helpers to write records -------------------------------------------------------------

def rec(kind, address, payload=b"", lower=False, bad_sum=False):
    body = bytes([len(payload), (address >> 8) & 0xFF, address & 0xFF, kind]) + bytes(payload)
    checksum = (-sum(body) + (1 if bad_sum else 0)) & 0xFF
    text = ":" + (body + bytes([checksum])).hex().upper()
    return text.lower() if lower else text


EOF_REC = ":00000001FF"


def hexfile(*records, eof=True, sep="\n"):
    return sep.join(list(records) + ([EOF_REC] if eof else [])) + sep


CLASSIC = """:10010000214601360121470136007EFE09D2190140
:100110002146017E17C20001FF5F16002148011928
:00000001FF
"""

TEXTS = [
    "",
    "\n\n",
    EOF_REC,
    EOF_REC.lower(),
    EOF_REC + "\n",
    "  " + EOF_REC + "  \r\n",
    "\u00a0" + EOF_REC + "\u2028",
    CLASSIC,
    CLASSIC.replace("\n", "\r\n"),
    CLASSIC.lower(),
    CLASSIC.replace("\n", "\n\n\n"),
    CLASSIC + "garbage after the end\n",
    CLASSIC + rec(5, 0, b"\x00\x00\x01\x00") + "\n",
    CLASSIC.replace(":00000001FF\n", ""),
    CLASSIC.replace("\n", "\x0b"),
    CLASSIC.replace("\n", "\x1c"),
    CLASSIC.replace("\n", "\u2028"),
    CLASSIC.replace("\n", "\x85"),
    CLASSIC.replace("\n", "\r"),
    CLASSIC.replace("\n", " "),
    CLASSIC.replace(":10010000", ": 10 01 00 00 "),
    CLASSIC.replace(":10010000", ":10\t01\n00 00"),
    CLASSIC.replace(":10010000", ":1001000"),
    CLASSIC.replace(":10010000", ";10010000"),
    CLASSIC.replace(":10010000", "::10010000"),
    CLASSIC.replace(":10010000", ":１0010000"),
    CLASSIC.replace("D2190140", "D2190141"),
    CLASSIC.replace("D2190140", "D21901"),
    CLASSIC.replace(":1001", ":1101"),
    CLASSIC.replace(":1001", ":0F01"),
    hexfile(":00"),
    hexfile(":"),
    hexfile(":0000000"),
    hexfile(rec(0, 0)),
    hexfile(rec(0, 0x10)),
    hexfile(rec(0, 0x10), rec(0, 0x20)),
    hexfile(rec(0, 0x10, b"\x01\x02"), rec(0, 0x20)),
    hexfile(rec(0, 0x20), rec(0, 0x10, b"\x01\x02")),
    hexfile(rec(0, 0x10, b"\x01\x02\x03\x04"), rec(0, 0x11, b"\xAA")),
    hexfile(rec(0, 0x10, b"\x01\x02"), rec(0, 0x0F, b"\xAA\xBB\xCC\xDD")),
    hexfile(rec(0, 0x10, b"\x01\x02"), rec(0, 0x10, b"\x03\x04")),
    hexfile(rec(0, 0x10, b"\x01"), rec(0, 0x14, b"\x02"), rec(0, 0x12, b"\x03")),
    hexfile(rec(0, 0x20, b"\x01"), rec(0, 0x10, b"\x02"), rec(0, 0x30, b"\x03")),
    hexfile(rec(0, 0xFFFF, b"\x01\x02\x03")),
    hexfile(rec(0, 0, bytes(range(255)))),
    hexfile(rec(0, 0, bytes(range(255))), rec(0, 100, b"\xEE" * 10)),
    hexfile(rec(4, 0, b"\x08\x00"), rec(0, 0x100, b"\x01\x02"), rec(4, 0, b"\x08\x01"), rec(0, 0, b"\x03")),
    hexfile(rec(4, 0, b"\x08\x01"), rec(0, 0, b"\x03"), rec(4, 0, b"\x08\x00"), rec(0, 0xFFFE, b"\x01\x02")),
    hexfile(rec(4, 0, b"\xFF\xFF"), rec(0, 0xFFFF, b"\x01\x02")),
    hexfile(rec(4, 0, b""), rec(0, 5, b"\x01")),
    hexfile(rec(4, 0, b"\x01\x02\x03"), rec(0, 5, b"\x01")),
    hexfile(rec(2, 0, b"\x12\x00"), rec(0, 0x34, b"\x01\x02")),
    hexfile(rec(2, 0, b"\xF0\x00"), rec(0, 0xFFFF, b"\x01"), rec(4, 0, b"\x00\x01"), rec(0, 0, b"\x02")),
    hexfile(rec(3, 0, b"\x12\x34\x56\x78"), rec(0, 0, b"\x01")),
    hexfile(rec(3, 0, b"\x12\x34")),
    hexfile(rec(3, 0, b"")),
    hexfile(rec(5, 0, b"\x08\x00\x01\x01"), rec(5, 0, b"\x08\x00\x02\x01")),
    hexfile(rec(5, 0, b"\x08\x00\x01\x01"), rec(3, 0, b"\x00\x01\x00\x02")),
    hexfile(rec(5, 0, b"\xFF\xFF\xFF\xFF\xFF"), rec(0, 1, b"\x01")),
    hexfile(rec(6, 0, b"\x01")),
    hexfile(rec(0xFF, 0)),
    hexfile(rec(1, 0, b"\x01"), rec(0, 0, b"\x01"), eof=False),
    hexfile(rec(0, 0, b"\x01"), eof=False),
    hexfile(rec(0, 0, b"\x01", bad_sum=True)),
    hexfile(rec(0, 0, b"\x01", lower=True), rec(0, 1, b"\xAB", lower=True)),
    hexfile(rec(0, 0, b"\x01"), "", "   ", "\t", rec(0, 1, b"\x02")),
    hexfile(rec(0, 0, b"\x01"), "x" + rec(0, 1, b"\x02")),
    hexfile(rec(0, 0, b"\x01"), rec(0, 1, b"\x02") + "00"),
    hexfile(rec(0, 0, b"\x01"), sep="\r\n"),
    hexfile(rec(0, 0x8000, b"\x01"), rec(0, 0, b"\x02")),
]


@pytest.mark.parametrize("text", TEXTS)
def test_texts(text) -> None:
    assert_same(load_image, reference, text)


@pytest.mark.parametrize("fill", [0, 0xFF, 0x00, 1, True, False, 255, 256, -1, 1.5, None, b"\x00", "0", 2 ** 70])
def test_fill_values(fill) -> None:
    gap = hexfile(rec(0, 0x10, b"\x01"), rec(0, 0x18, b"\x02"))
    assert_same(load_image, reference, gap, fill)
    assert_same(load_image, reference, gap, fill=fill)
    assert_same(load_image, reference, EOF_REC, fill)
    assert_same(load_image, reference, hexfile(rec(0, 0, b"\x01")), fill)


@pytest.mark.parametrize("text", [None, b"", b":00000001FF\n", 42, [":00000001FF"], bytearray(b"")])
def test_not_text(text) -> None:
    assert_same(load_image, reference, text)


def test_keyword_arguments() -> None:
    assert_same(load_image, reference, text=CLASSIC, fill=0)
    assert_same(load_image, reference, fill=0x55, text=hexfile(rec(0, 2, b"\x01"), rec(0, 0, b"\x02")))


def _random_cases():
    rng = random.Random(1662)
    for _ in range(200):
        lines = []
        for _ in range(rng.randint(0, 4)):
            upper = rng.choice([None, 0, 1, 2])
            if upper is not None:
                lines.append(rec(4, 0, upper.to_bytes(2, "big")))
            if rng.random() < 0.1:
                lines.append(rec(2, 0, rng.randint(0, 0x3000).to_bytes(2, "big")))
            address = rng.randint(0, 0xFF00)
            size = rng.randint(0, 40)
            data = rng.randbytes(size)
            step = rng.choice([1, 4, 16, 32])
            for offset in range(0, max(size, 1), step):
                lines.append(rec(0, (address + offset) & 0xFFFF, data[offset:offset + step], lower=rng.random() < 0.1))
        rng.shuffle(lines)
        if rng.random() < 0.2:
            lines.insert(rng.randint(0, len(lines)), rec(5, 0, rng.randbytes(4)))
        if rng.random() < 0.05 and lines:
            lines[rng.randrange(len(lines))] = rng.choice([":zz", "12", rec(9, 0, b"\x01"), rec(0, 0, b"\x01", bad_sum=True)])
        text = "\n".join(lines) + rng.choice(["\n" + EOF_REC + "\n", "\r\n" + EOF_REC, "\n" + EOF_REC + "\nJUNK", "\n"])
        yield text, rng.choice([0xFF, 0x00, 0xA5])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(load_image, reference, *case)


def test_merged_firmware_file() -> None:
    """A realistic merged file: bootloader, calibration page and a 24 KiB application, out of order."""
    rng = random.Random(8)
    lines = []
    for base, size in ((0x08000000, 4096), (0x08007800, 512), (0x08001000, 24576)):
        lines.append(rec(4, 0, (base >> 16).to_bytes(2, "big")))
        data = rng.randbytes(size)
        for offset in range(0, size, 16):
            lines.append(rec(0, (base + offset) & 0xFFFF, data[offset:offset + 16]))
    lines.append(rec(5, 0, (0x08001101).to_bytes(4, "big")))
    assert_same(load_image, reference, "\n".join(lines) + "\n" + EOF_REC + "\n")
