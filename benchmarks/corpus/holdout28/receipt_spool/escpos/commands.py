"""The ESC/POS printer commands the tills' thermal printers understand."""

from __future__ import annotations

INITIALISE = b"\x1b@"
PARTIAL_CUT = b"\x1dVB\x00"

_ALIGNMENTS = {"left": 0, "center": 1, "right": 2}


def bold(on: bool) -> bytes:
    """ESC E n: switch emphasised (bold) printing on or off."""
    return b"\x1bE" + (b"\x01" if on else b"\x00")


def double_size(on: bool) -> bytes:
    """GS ! n: double-width, double-height characters on, or back to normal size."""
    return b"\x1d!" + (b"\x11" if on else b"\x00")


def align(mode: str) -> bytes:
    """ESC a n: justification of the following lines ("left", "center" or "right")."""
    if mode not in _ALIGNMENTS:
        raise ValueError(f"unknown alignment {mode!r}")
    return b"\x1ba" + bytes([_ALIGNMENTS[mode]])


def feed(lines: int) -> bytes:
    """ESC d n: print the buffer and feed ``lines`` lines (0-255)."""
    if not 0 <= lines <= 255:
        raise ValueError(f"cannot feed {lines} lines")
    return b"\x1bd" + bytes([lines])


def encode(text: str) -> bytes:
    """Text in the printer's code page 437; characters it lacks print as '?'."""
    return text.encode("cp437", errors="replace")
