"""Shingle-based near-duplicate detection for short documents."""

from __future__ import annotations

import re
from typing import Sequence

_NON_WORD = re.compile(r"[^\w]+")


def normalize(text: str) -> list[str]:
    """Lower-cased words of `text`, punctuation removed."""
    return _NON_WORD.sub(" ", text.lower()).split()


def shingle_set(text: str, size: int = 4) -> set[str]:
    """All runs of `size` consecutive words (the whole text if it is shorter)."""
    words = normalize(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def jaccard(first: set[str], second: set[str]) -> float:
    """Size of the intersection over size of the union (1.0 for two empty sets)."""
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)


def near_duplicates(documents: Sequence[tuple[str, str]], threshold: float = 0.6, size: int = 4) -> list[tuple[str, str, float]]:
    """Pairs of documents whose shingle sets are at least `threshold` similar.

    `documents` holds (id, text) pairs. Returns (first id, second id, similarity
    rounded to three decimals) for every qualifying pair, with the first document
    earlier in the input, pairs ordered by the position of their first then second
    document.
    """
    pairs: list[tuple[str, str, float]] = []
    for i in range(len(documents)):
        for j in range(i + 1, len(documents)):
            first = shingle_set(documents[i][1], size)
            second = shingle_set(documents[j][1], size)
            similarity = jaccard(first, second)
            if similarity >= threshold:
                pairs.append((documents[i][0], documents[j][0], round(similarity, 3)))
    return pairs
