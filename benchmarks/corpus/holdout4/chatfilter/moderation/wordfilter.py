"""Mask blocked words and phrases in chat messages."""

from __future__ import annotations

import re
from typing import Iterable


def load_blocklist(text: str) -> list[str]:
    """Entries of a blocklist file: one word or phrase a line, # starts a comment."""
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


class ProfanityFilter:
    """Replaces blocked words and phrases, matched as whole words in any letter case."""

    def __init__(self, words: Iterable[str], mask: str = "*") -> None:
        if len(mask) != 1:
            raise ValueError("mask must be a single character")
        cleaned: list[str] = []
        for word in words:
            word = word.strip().lower()
            if word and word not in cleaned:
                cleaned.append(word)
        self._words = tuple(cleaned)
        self.mask = mask

    @property
    def words(self) -> tuple[str, ...]:
        return self._words

    def censor(self, message: str) -> str:
        """`message` with every blocked entry replaced by as many mask characters as it has.

        Entries are applied one after another in blocklist order, so an entry only
        matches text that earlier entries left alone.
        """
        for word in self._words:
            pattern = r"\b" + re.escape(word) + r"\b"
            message = re.sub(pattern, self.mask * len(word), message, flags=re.IGNORECASE)
        return message

    def is_clean(self, message: str) -> bool:
        return self.censor(message) == message
