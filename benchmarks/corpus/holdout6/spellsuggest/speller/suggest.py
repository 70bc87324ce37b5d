"""Spelling suggestions for the words of a document."""

from __future__ import annotations

import re
from typing import Sequence

from speller.distance import levenshtein

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def tokenize(text: str) -> list[str]:
    """The words of `text`, lower-cased, in order (digits and punctuation dropped)."""
    return [word.lower() for word in WORD.findall(text)]


def suggest(words: Sequence[str], dictionary: Sequence[str], max_distance: int = 2, limit: int = 3) -> dict[str, list[str]]:
    """Suggestions for every word that is not in the dictionary.

    Returns, for each distinct unknown word in order of first appearance, up to `limit`
    dictionary words within `max_distance` edits, closest first and alphabetically among
    equally close ones. Unknown words with no close match map to an empty list.
    """
    suggestions = {}
    for word in words:
        if word in dictionary:
            continue
        candidates = []
        for entry in dictionary:
            distance = levenshtein(word, entry)
            if distance <= max_distance:
                candidates.append((distance, entry))
        candidates.sort()
        suggestions[word] = [entry for _, entry in candidates[:limit]]
    return suggestions
