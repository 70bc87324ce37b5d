"""Standard MIDI File (SMF) encoding: variable-length quantities, track chunks and the header."""

from __future__ import annotations

import struct
from typing import Iterable, Sequence

NoteEvent = tuple[int, str, int, int, int]

END_OF_TRACK = b"\x00\xff\x2f\x00"


def encode_vlq(value: int) -> bytes:
    """A MIDI variable-length quantity: 7 bits per byte, most significant first."""
    if value < 0 or value > 0x0FFFFFFF:
        raise ValueError(f"delta time out of range: {value}")
    groups = [value & 0x7F]
    value >>= 7
    while value:
        groups.append((value & 0x7F) | 0x80)
        value >>= 7
    return bytes(reversed(groups))


def encode_track(events: Iterable[NoteEvent]) -> bytes:
    """An ``MTrk`` chunk holding the note events, using running status.

    Each event is (tick, kind, channel, note, velocity) with kind ``"on"`` or ``"off"``.
    Events are written in tick order; at the same tick note-offs come before note-ons and
    otherwise the given order is kept. Raises ValueError for an unknown kind or a channel,
    note or velocity out of range.
    """
    data = b""
    previous_tick = 0
    running_status = None
    for tick, kind, channel, note, velocity in sorted(events, key=lambda event: (event[0], event[1] != "off")):
        if kind not in ("on", "off"):
            raise ValueError(f"unknown event kind: {kind!r}")
        if not 0 <= channel <= 15 or not 0 <= note <= 127 or not 0 <= velocity <= 127:
            raise ValueError(f"event out of range: {(tick, kind, channel, note, velocity)!r}")
        status = (0x90 if kind == "on" else 0x80) | channel
        data += encode_vlq(tick - previous_tick)
        if status != running_status:
            data += bytes([status])
            running_status = status
        data += bytes([note, velocity])
        previous_tick = tick
    data += END_OF_TRACK
    return b"MTrk" + struct.pack(">I", len(data)) + data


def encode_file(tracks: Sequence[Iterable[NoteEvent]], ticks_per_quarter: int = 480) -> bytes:
    """A format-1 Standard MIDI File with one track chunk per event list."""
    header = b"MThd" + struct.pack(">IHHH", 6, 1, len(tracks), ticks_per_quarter)
    return header + b"".join(encode_track(track) for track in tracks)
