"""Minimum-raggedness line breaking for monospaced text."""

from __future__ import annotations

from typing import Sequence


def line_length(words: Sequence[str]) -> int:
    """Width of the words set on one line with single spaces between them."""
    return sum(len(word) for word in words) + len(words) - 1


def balanced_lines(words: Sequence[str], width: int) -> list[str]:
    """Break a paragraph into lines of at most `width` characters.

    Chooses the breaks that minimise the sum over all lines except the last of the
    squared number of unused columns, so that the right margin looks even. When
    several choices are equally good, the one with the shorter first line wins. Raises
    ValueError if a single word is wider than `width`.
    """
    for word in words:
        if len(word) > width:
            raise ValueError(f"word wider than the line: {word!r}")
    count = len(words)
    best: list[float] = [float("inf")] * (count + 1)
    best[count] = 0
    next_break = [count] * (count + 1)
    for start in range(count - 1, -1, -1):
        for stop in range(start + 1, count + 1):
            length = line_length(words[start:stop])
            if length > width:
                break
            slack = 0 if stop == count else (width - length) ** 2
            if slack + best[stop] < best[start]:
                best[start] = slack + best[stop]
                next_break[start] = stop
    lines = []
    start = 0
    while start < count:
        stop = next_break[start]
        lines.append(" ".join(words[start:stop]))
        start = stop
    return lines


def fill_text(text: str, width: int = 72) -> str:
    """Re-flow every blank-line separated paragraph of `text`."""
    paragraphs = [block.split() for block in text.split("\n\n")]
    return "\n\n".join("\n".join(balanced_lines(words, width)) for words in paragraphs if words) + "\n"
