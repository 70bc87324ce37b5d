"""Accept a reviewer's tracked changes into the draft text."""

from __future__ import annotations

from typing import Sequence


def apply_changes(text: str, changes: Sequence[tuple[int, int, str]]) -> str:
    """The draft with every tracked change accepted.

    Each change ``(start, end, replacement)`` replaces ``text[start:end]`` of the original
    draft (``start == end`` is an insertion, an empty replacement a deletion). Changes
    may be given in any order but must lie inside the text and must not overlap; several
    insertions at the same position keep the order in which they were given.
    """
    ordered = sorted(range(len(changes)), key=lambda index: (changes[index][0], changes[index][1], index))
    previous_end = 0
    for index in ordered:
        start, end, _replacement = changes[index]
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"change {index} lies outside the text: {start}..{end}")
        if start < previous_end:
            raise ValueError(f"change {index} overlaps an earlier change at {start}")
        previous_end = end
    for index in reversed(ordered):
        start, end, replacement = changes[index]
        text = text[:start] + replacement + text[end:]
    return text
