"""Finding allergen words in free-text ingredient descriptions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

_WORD = re.compile(r"[^\W_]+")


def normalise(text: str) -> list[str]:
    """The words of ``text`` for matching: accents removed, case folded, split at anything but letters and digits."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(character for character in decomposed if not unicodedata.combining(character))
    return _WORD.findall(stripped.casefold())


def _same_word(word: str, term: str) -> bool:
    """A recipe word matches a vocabulary word exactly or as its plural (+s, +es)."""
    return word == term or word == term + "s" or word == term + "es"


def find_allergens(ingredient: str, vocabulary: Mapping[str, Sequence[str]]) -> list[str]:
    """The allergens, in vocabulary order, with a term whose words appear consecutively in ``ingredient``."""
    words = normalise(ingredient)
    found = []
    for allergen, terms in vocabulary.items():
        for term in terms:
            term_words = normalise(term)
            size = len(term_words)
            if size and any(
                all(_same_word(words[start + offset], term_words[offset]) for offset in range(size))
                for start in range(len(words) - size + 1)
            ):
                found.append(allergen)
                break
    return found
