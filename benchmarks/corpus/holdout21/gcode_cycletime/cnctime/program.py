"""Parsing of G-code programs into blocks of address words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

COMMENT = re.compile(r"\([^)]*\)")
WORD = re.compile(r"([A-Z])\s*([-+]?(?:\d+\.?\d*|\.\d+))")


@dataclass
class Block:
    """One program line: its G and M codes (in order) and the other address words."""

    number: int  # 1-based line number in the source program
    g: tuple[float, ...] = ()
    m: tuple[int, ...] = ()
    words: dict[str, float] = field(default_factory=dict)


def clean_line(line: str) -> str:
    """Drop (comments), anything after ';', surrounding blanks; upper-case the rest."""
    line = COMMENT.sub(" ", line)
    line = line.split(";", 1)[0]
    return line.strip().upper()


def parse_block(number: int, line: str) -> Block | None:
    """Parse one line; None for blank lines, '%' tape marks and block-deleted ('/') lines."""
    text = clean_line(line)
    if not text or text == "%" or text.startswith("/"):
        return None
    leftover = WORD.sub("", text).strip()
    if leftover:
        raise ValueError(f"line {number}: cannot parse {leftover!r}")
    g: list[float] = []
    m: list[int] = []
    words: dict[str, float] = {}
    for letter, value in WORD.findall(text):
        if letter == "G":
            g.append(float(value))
        elif letter == "M":
            m.append(int(float(value)))
        elif letter != "N":
            words[letter] = float(value)
    return Block(number, tuple(g), tuple(m), words)


def parse_program(program: str) -> list[Block]:
    blocks = []
    for number, line in enumerate(program.splitlines(), start=1):
        block = parse_block(number, line)
        if block is not None:
            blocks.append(block)
    return blocks
