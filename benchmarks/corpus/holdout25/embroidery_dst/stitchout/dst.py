"""Tajima DST files: a 512-byte text header and 3-byte stitch records.

Each record moves the needle by dx, dy in the range -121..121 (0.1 mm). Both are written
as balanced-ternary digits of weights 81, 27, 9, 3 and 1 spread over the three bytes; the
top bits of the third byte flag jumps (0x80) and colour stops (0xC0).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from stitchout.design import Design, Stitch, extents

MAX_STEP = 121
END_RECORD = b"\x00\x00\xf3"
HEADER_SIZE = 512
COMMAND_FLAGS = {"stitch": 0x00, "jump": 0x80, "color": 0xC0}
# (weight, byte, bit for +weight, bit for -weight)
X_DIGITS = ((81, 2, 0x04, 0x08), (27, 1, 0x04, 0x08), (9, 0, 0x04, 0x08), (3, 1, 0x01, 0x02), (1, 0, 0x01, 0x02))
Y_DIGITS = ((81, 2, 0x20, 0x10), (27, 1, 0x20, 0x10), (9, 0, 0x20, 0x10), (3, 1, 0x80, 0x40), (1, 0, 0x80, 0x40))


def encode_record(dx: int, dy: int, command: str = "stitch") -> bytes:
    """The 3-byte record for a move of (dx, dy).

    Raises ValueError for a move outside -MAX_STEP..MAX_STEP or an unknown command.
    """
    if command not in COMMAND_FLAGS:
        raise ValueError(f"unknown command {command!r}")
    if not (-MAX_STEP <= dx <= MAX_STEP and -MAX_STEP <= dy <= MAX_STEP):
        raise ValueError(f"move ({dx}, {dy}) is too long for one record")
    record = [0, 0, 0x03 | COMMAND_FLAGS[command]]
    for value, digits in ((dx, X_DIGITS), (dy, Y_DIGITS)):
        for weight, index, plus, minus in digits:
            half = weight // 2
            if value > half:
                record[index] |= plus
                value -= weight
            elif value < -half:
                record[index] |= minus
                value += weight
    return bytes(record)


def stitch_records(stitches: Iterable[Stitch]) -> bytes:
    """The DST body for ``stitches``: one record per stitch, starting from the origin, then the end record.

    A move longer than MAX_STEP in either direction is reached through jump records of at
    most MAX_STEP in each direction before the stitch's own record.
    """
    body = b""
    x = y = 0
    for stitch in stitches:
        dx, dy = stitch.x - x, stitch.y - y
        while abs(dx) > MAX_STEP or abs(dy) > MAX_STEP:
            step_x = max(-MAX_STEP, min(MAX_STEP, dx))
            step_y = max(-MAX_STEP, min(MAX_STEP, dy))
            body += encode_record(step_x, step_y, "jump")
            dx -= step_x
            dy -= step_y
        body += encode_record(dx, dy, stitch.command)
        x, y = stitch.x, stitch.y
    return body + END_RECORD


def dst_header(name: str, records: int, colour_changes: int, reach: Sequence[int]) -> bytes:
    """The 512-byte header: label, record count, colour changes and the design's extents."""
    plus_x, minus_x, plus_y, minus_y = reach
    text = (
        f"LA:{name[:16]:<16}\r"
        f"ST:{records:>7}\r"
        f"CO:{colour_changes:>3}\r"
        f"+X:{plus_x:>5}\r-X:{minus_x:>5}\r+Y:{plus_y:>5}\r-Y:{minus_y:>5}\r"
        f"AX:+{0:>5}\rAY:+{0:>5}\rMX:+{0:>5}\rMY:+{0:>5}\rPD:******\r\x1a"
    )
    return text.encode("ascii", "replace").ljust(HEADER_SIZE, b" ")


def write_dst(design: Design) -> bytes:
    """The complete DST file of ``design``."""
    body = stitch_records(design.stitches)
    colour_changes = sum(1 for stitch in design.stitches if stitch.command == "color")
    return dst_header(design.name, len(body) // 3, colour_changes, extents(design.stitches)) + body
