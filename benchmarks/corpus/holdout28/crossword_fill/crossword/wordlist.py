"""The magazine's house word list."""

from __future__ import annotations

from collections.abc import Iterable


def load_wordlist(lines: Iterable[str], min_length: int = 3) -> list[str]:
    """Words from the list file, one per line, optionally followed by ";score" (as the setters'
    tools write it). Words are upper-cased with spaces, hyphens and apostrophes removed; words
    shorter than ``min_length`` or containing other characters are skipped, and repeats dropped,
    keeping the file's order."""
    words: dict[str, None] = {}
    for line in lines:
        word = line.split(";", 1)[0].strip().upper()
        for mark in (" ", "-", "'"):
            word = word.replace(mark, "")
        if len(word) >= min_length and word.isascii() and word.isalpha():
            words.setdefault(word)
    return list(words)
