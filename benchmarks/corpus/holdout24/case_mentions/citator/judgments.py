"""Judgment texts as received from the courts' publication feed."""

from __future__ import annotations

import re

PARAGRAPH_NUMBER = re.compile(r"\s*(?:\[(\d+)\]|(\d+)\.)\s+")


def numbered_paragraphs(text: str) -> list[tuple[int, str]]:
    """The numbered paragraphs of a judgment: (number, text) in order.

    Paragraphs are separated by blank lines and start with "[12]" or "12."; headings,
    the parties block and other unnumbered paragraphs are left out. Line breaks inside a
    paragraph are kept.
    """
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        match = PARAGRAPH_NUMBER.match(block)
        if match:
            paragraphs.append((int(match.group(1) or match.group(2)), block[match.end():].rstrip()))
    return paragraphs
