"""Liang-style hyphenation (the algorithm behind TeX's hyphenation patterns)."""

from __future__ import annotations

import re
from typing import Iterable

_WORD = re.compile(r"[^\W\d_]+")


def parse_pattern(pattern: str) -> tuple[str, tuple[int, ...]]:
    """Split a pattern such as ``.ex1a`` into its letters and inter-letter weights.

    The weights have one more entry than there are letters: entry ``i`` is the weight of
    the gap just before letter ``i`` (the last entry is the gap after the last letter).
    """
    letters: list[str] = []
    weights = [0]
    for char in pattern.strip():
        if char.isdigit():
            weights[-1] = int(char)
        else:
            letters.append(char)
            weights.append(0)
    if not letters:
        raise ValueError(f"pattern without letters: {pattern!r}")
    return "".join(letters).lower(), tuple(weights)


def parse_exception(entry: str) -> tuple[str, list[int]]:
    """A hard-coded hyphenation such as ``ta-ble`` as (word, cut positions)."""
    cuts = []
    position = 0
    for piece in entry.strip().split("-")[:-1]:
        position += len(piece)
        cuts.append(position)
    return entry.strip().replace("-", "").lower(), cuts


def split_at(word: str, cuts: Iterable[int]) -> list[str]:
    """The pieces of `word` between the given cut positions."""
    pieces = []
    previous = 0
    for cut in cuts:
        pieces.append(word[previous:cut])
        previous = cut
    pieces.append(word[previous:])
    return pieces


class Hyphenator:
    """Hyphenation points from a pattern list, with an exceptions list that overrides it."""

    def __init__(
        self,
        patterns: Iterable[str],
        exceptions: Iterable[str] = (),
        left_min: int = 2,
        right_min: int = 3,
    ) -> None:
        self.patterns = [parse_pattern(pattern) for pattern in patterns if pattern.strip()]
        self.exceptions = dict(parse_exception(entry) for entry in exceptions if entry.strip())
        self.left_min = left_min
        self.right_min = right_min

    def hyphenate(self, word: str) -> list[str]:
        """The word split at every permissible hyphenation point (one piece if there is none)."""
        lowered = word.lower()
        if lowered in self.exceptions:
            return split_at(word, self.exceptions[lowered])
        if len(word) < self.left_min + self.right_min:
            return [word]
        dotted = f".{lowered}."
        points = [0] * (len(dotted) + 1)
        for letters, weights in self.patterns:
            start = dotted.find(letters)
            while start >= 0:
                for offset, weight in enumerate(weights):
                    if weight > points[start + offset]:
                        points[start + offset] = weight
                start = dotted.find(letters, start + 1)
        cuts = [i for i in range(self.left_min, len(word) - self.right_min + 1) if points[i + 1] % 2]
        return split_at(word, cuts)

    def hyphenate_text(self, text: str, hyphen: str = "\u00ad") -> str:
        """The text with `hyphen` (a soft hyphen by default) inserted at every hyphenation point."""
        return _WORD.sub(lambda match: hyphen.join(self.hyphenate(match.group())), text)
