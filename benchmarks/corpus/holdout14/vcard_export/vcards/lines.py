"""Content-line helpers from RFC 2426 / RFC 6350."""

from __future__ import annotations


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, comma, semicolon and newlines."""
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold_line(line: str, limit: int = 75) -> str:
    """Fold a content line so that no physical line is longer than ``limit`` UTF-8 octets.

    Continuation lines start with a single space, which counts towards their length.
    A character is never split across lines (ValueError when one cannot fit at all).
    Lines are joined with CRLF.
    """
    if limit < 2:
        raise ValueError("limit must be at least 2 octets")
    pieces = []
    room = limit
    while len(line.encode("utf-8")) > room:
        cut = room
        while len(line[:cut].encode("utf-8")) > room:
            cut -= 1
        if cut == 0:
            raise ValueError("a character does not fit on a folded line")
        pieces.append(line[:cut])
        line = line[cut:]
        room = limit - 1
    pieces.append(line)
    return "\r\n ".join(pieces)
