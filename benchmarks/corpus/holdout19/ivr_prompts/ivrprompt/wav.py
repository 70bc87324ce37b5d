"""Render a prompt to a RIFF/WAVE file (PCM, mono, 16-bit little-endian)."""

from __future__ import annotations

import struct
from typing import Mapping, Sequence

from ivrprompt.clips import Clip, Pause, Say, clamp16, db_to_gain


def wav_header(sample_count: int, sample_rate: int) -> bytes:
    data_size = sample_count * 2
    return (b"RIFF" + struct.pack("<I", 36 + data_size) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, sample_rate, sample_rate * 2, 2, 16)
            + b"data" + struct.pack("<I", data_size))


def render_prompt(segments: Sequence[Say | Pause], library: Mapping[str, Clip], sample_rate: int = 8000) -> bytes:
    """The WAV file for a prompt: each clip scaled by its gain, pauses as digital silence."""
    data = b""
    for segment in segments:
        if isinstance(segment, Pause):
            for _ in range(segment.ms * sample_rate // 1000):
                data += struct.pack("<h", 0)
        else:
            clip = library[segment.clip]
            gain = db_to_gain(segment.gain_db)
            for sample in clip.samples:
                data += struct.pack("<h", clamp16(round(sample * gain)))
    return wav_header(len(data) // 2, sample_rate) + data
