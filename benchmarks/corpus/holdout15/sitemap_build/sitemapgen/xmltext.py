"""Text escaping for XML documents."""

from __future__ import annotations

ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def xml_escape(text: str) -> str:
    """Escape markup characters and drop characters XML 1.0 does not allow."""
    out = ""
    for char in text:
        code = ord(char)
        if code < 0x20 and char not in "\t\n\r":
            continue
        if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            continue
        out += ESCAPES.get(char, char)
    return out
