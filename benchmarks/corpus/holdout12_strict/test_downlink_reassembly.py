"""Strict equivalence tests for reassemble (never shown to wattlens)."""

from __future__ import annotations

import random
import struct
import zlib

import pytest
from radiolink.frames import FrameError, Fragment, Reassembly, reassemble
from strict_support import assert_same

TARGET = "radiolink/frames.py:reassemble"

HEADER = struct.Struct(">HHHH")
CRC = struct.Struct(">I")


def enc(message_id, index, total, payload):
    body = HEADER.pack(message_id, index, total, len(payload)) + payload
    return body + CRC.pack(zlib.crc32(body))


def corrupt(frame, position=-1):
    broken = bytearray(frame)
    broken[position] ^= 0x5A
    return bytes(broken)


def _parse(frame):
    if len(frame) < HEADER.size + CRC.size:
        raise FrameError(f"frame of {len(frame)} bytes is too short")
    message_id, index, total, length = HEADER.unpack_from(frame)
    end = HEADER.size + length
    if len(frame) != end + CRC.size:
        raise FrameError(f"frame length {len(frame)} does not match payload length {length}")
    (checksum,) = CRC.unpack_from(frame, end)
    if zlib.crc32(frame[:end]) != checksum:
        return None
    if index >= total:
        raise FrameError(f"fragment {index} of message {message_id} is outside 0..{total - 1}")
    return Fragment(message_id, index, total, bytes(frame[HEADER.size:end]))


def reference(frames):
    result = Reassembly()
    pending = {}
    for frame in frames:
        fragment = _parse(frame)
        if fragment is None:
            result.corrupt += 1
            continue
        parts = pending.setdefault(fragment.message_id, [])
        if parts and parts[0].total != fragment.total:
            raise FrameError(f"message {fragment.message_id} changed its fragment count")
        if any(part.index == fragment.index for part in parts):
            result.duplicates += 1
            continue
        parts.append(fragment)
        parts.sort(key=lambda part: part.index)
    for message_id in sorted(pending):
        parts = pending[message_id]
        total = parts[0].total
        if len(parts) < total:
            present = {part.index for part in parts}
            result.missing[message_id] = [index for index in range(total) if index not in present]
            continue
        data = b""
        for part in parts:
            data += part.payload
        result.messages[message_id] = data
    return result


A = [enc(1, i, 4, p) for i, p in enumerate([b"ab", b"cd", b"ef", b"g"])]
B = [enc(2, i, 3, p) for i, p in enumerate([b"\x00", b"", b"\xff\xfe"])]
ONE = enc(9, 0, 1, b"single")
EMPTY = enc(5, 0, 1, b"")

CASES = [
    [],
    (),
    [ONE],
    (ONE,),
    [EMPTY],
    [ONE, ONE],
    [ONE, ONE, ONE],
    A,
    A[::-1],
    [A[2], A[0], A[3], A[1]],
    A[:3],
    A[1:],
    [A[0], A[3]],
    A + A,
    [A[0], A[0], A[1], A[1], A[2], A[3], A[3]],
    B,
    B[::-1],
    A + B,
    B + A,
    [A[0], B[0], A[1], B[1], A[2], B[2], A[3]],
    [A[0], B[2], ONE, A[1]],
    [enc(1, 0, 2, b"first"), enc(1, 0, 2, b"second"), enc(1, 1, 2, b"!")],
    [enc(1, 1, 2, b"B"), enc(1, 0, 2, b"A"), enc(1, 1, 2, b"X")],
    [corrupt(ONE)],
    [corrupt(ONE), ONE],
    [ONE, corrupt(ONE)],
    [corrupt(A[1], 3), *A],
    [corrupt(A[0], 8), corrupt(A[1], 0), A[2]],
    [corrupt(enc(1, 7, 2, b"bad index"))],
    [enc(1, 7, 2, b"bad index")],
    [ONE, enc(3, 2, 2, b"x")],
    [enc(3, 0, 0, b"x")],
    [enc(1, 0, 2, b"a"), enc(1, 1, 3, b"b")],
    [enc(1, 0, 2, b"a"), corrupt(enc(1, 1, 3, b"b"))],
    [enc(1, 0, 3, b"a"), enc(2, 0, 2, b"b"), enc(1, 1, 3, b"c")],
    [ONE[:-1]],
    [ONE + b"\x00"],
    [b""],
    [b"\x00" * 11],
    [b"\x00" * 12],
    [ONE, b"short"],
    [b"short", ONE],
    [enc(1, 0, 2, b"a"), enc(1, 1, 3, b"b"), b"short"],
    [bytearray(ONE)],
    [bytearray(A[1]), A[0], bytearray(A[2]), A[3], bytearray(A[1])],
    ["not a frame but long enough"],
    [ONE, None],
    [ONE, 12345],
    [enc(0, 0, 1, b"zero id")],
    [enc(65535, 65534, 65535, b"last")],
    [enc(65535, 0, 2, b"x" * 300), enc(65535, 1, 2, b"y" * 65535)],
    [enc(4, 0, 3, b"a"), enc(4, 2, 3, b"c")],
    [enc(4, 2, 3, b"c"), enc(4, 2, 3, b"c"), enc(6, 0, 1, b"d")],
    [enc(m, 0, 1, bytes([m])) for m in (5, 3, 9, 1, 7)],
    [enc(m, 0, 2, bytes([m])) for m in (5, 3, 9, 1, 7)],
]


def _random():
    rng = random.Random(2024)
    for _ in range(160):
        frames = []
        for message_id in rng.sample(range(12), rng.randint(0, 4)):
            total = rng.randint(1, 30)
            pieces = [rng.randbytes(rng.randint(0, 12)) for _ in range(total)]
            for index, piece in enumerate(pieces):
                if rng.random() < 0.08:
                    continue
                frame = enc(message_id, index, total, piece)
                if rng.random() < 0.05:
                    frame = corrupt(frame, rng.randrange(len(frame)))
                frames.append(frame)
                if rng.random() < 0.1:
                    frames.append(enc(message_id, index, total, rng.randbytes(2)) if rng.random() < 0.3 else frame)
        rng.shuffle(frames) if rng.random() < 0.5 else None
        if rng.random() < 0.04 and frames:
            frames.insert(rng.randrange(len(frames)), enc(rng.randrange(12), 0, 99, b"?"))
        if rng.random() < 0.03:
            frames.append(b"\x01\x02\x03")
        yield frames


@pytest.mark.parametrize("frames", CASES + list(_random()))
def test_same_as_reference(frames) -> None:
    assert_same(reassemble, reference, frames)


def test_large_messages() -> None:
    rng = random.Random(12)
    frames = []
    for message_id in (40, 41, 42):
        data = rng.randbytes(220 * 900 + 17)
        pieces = [data[i:i + 220] for i in range(0, len(data), 220)]
        frames += [enc(message_id, index, len(pieces), piece) for index, piece in enumerate(pieces)]
    frames += frames[100:160]
    rng.shuffle(frames)
    assert_same(reassemble, reference, frames)
    del frames[500]
    assert_same(reassemble, reference, frames)


def test_types() -> None:
    result = reassemble([A[0], bytearray(A[1]), A[2], A[3]])
    assert type(result) is Reassembly
    assert type(result.messages[1]) is bytes
    assert result.messages[1] == b"abcdefg"


def test_frames_not_modified() -> None:
    frames = [A[1], A[0], A[3], A[2], A[0]]
    copy = list(frames)
    reassemble(frames)
    assert frames == copy


def test_frame_error_is_value_error() -> None:
    with pytest.raises(ValueError):
        reassemble([enc(1, 0, 2, b"a"), enc(1, 1, 3, b"b")])
