"""Frame decoding and message reassembly for the balloon downlink.

Each radio frame carries one fragment of a message:

    message id (u16) | fragment index (u16) | fragment count (u16) | payload length (u16) | payload | CRC-32

All integers are big-endian; the CRC-32 covers the header and the payload.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from typing import Iterable

HEADER = struct.Struct(">HHHH")
CRC = struct.Struct(">I")


class FrameError(ValueError):
    """A frame that passed its checksum but cannot be decoded."""


@dataclass(frozen=True)
class Fragment:
    message_id: int
    index: int
    total: int
    payload: bytes


@dataclass
class Reassembly:
    """Outcome of a pass: complete messages, the fragment indices still missing per message, and counters."""

    messages: dict[int, bytes] = field(default_factory=dict)
    missing: dict[int, list[int]] = field(default_factory=dict)
    duplicates: int = 0
    corrupt: int = 0


def encode_frame(message_id: int, index: int, total: int, payload: bytes) -> bytes:
    """Build a frame (used by the ground-station simulator and the tests)."""
    body = HEADER.pack(message_id, index, total, len(payload)) + payload
    return body + CRC.pack(zlib.crc32(body))


def parse_frame(frame: bytes) -> Fragment | None:
    """Decode a frame, or None if its checksum does not match (corrupted on the air)."""
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


def reassemble(frames: Iterable[bytes]) -> Reassembly:
    """Put received frames back together into messages.

    Frames may arrive out of order, repeated (the first copy is kept) or corrupted
    (counted and skipped). Messages whose fragments have all arrived are returned by id in
    ascending order; for the others the missing fragment indices are listed.
    """
    result = Reassembly()
    pending: dict[int, list[Fragment]] = {}
    for frame in frames:
        fragment = parse_frame(frame)
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
