"""Finding long frames in a gateway's raw serial capture."""

from __future__ import annotations

from mbusdecode.records import decode_body

START, STOP = 0x68, 0x16
CI_VARIABLE_DATA = 0x72


def checksum(data: bytes) -> int:
    return sum(data) & 0xFF


def decode_capture(capture: bytes) -> tuple[list[dict[str, object]], int, int]:
    """All meter readings in a capture, the number of bytes skipped as line noise or partial
    frames, and the number of valid frames of other kinds (not CI=0x72 responses)."""
    readings: list[dict[str, object]] = []
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


def encode_frame(address: int, ci: int, payload: bytes, control: int = 0x08) -> bytes:
    """A long frame as a meter would send it (used by the tests and the gateway simulator)."""
    body = bytes([control, address, ci]) + payload
    if len(body) > 255:
        raise ValueError("frame too long")
    return bytes([START, len(body), len(body), START]) + body + bytes([checksum(body), STOP])
