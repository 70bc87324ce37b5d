"""Keyword extraction for the weekly support-ticket digest."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

WORD = re.compile(r"[a-z0-9']+")

STOPWORDS = [
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "but", "by", "can", "cannot", "could", "did", "do", "does",
    "doing", "don't", "for", "from", "get", "got", "had", "has", "have", "having", "he", "her",
    "here", "hi", "him", "his", "how", "i", "i'm", "if", "in", "into", "is", "it", "it's", "its",
    "just", "me", "more", "my", "no", "not", "now", "of", "on", "once", "only", "or", "our", "out",
    "please", "same", "she", "should", "so", "some", "still", "than", "thanks", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "to", "too", "up", "us", "very",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
    "would", "you", "your",
]


def tokenize(text: str) -> list[str]:
    """Lower-case words of `text`; apostrophes inside words are kept, outer ones dropped."""
    words = []
    for word in WORD.findall(text.lower()):
        word = word.strip("'")
        if word:
            words.append(word)
    return words


def top_keywords(
    documents: Iterable[str], k: int = 10, stopwords: Sequence[str] = STOPWORDS, min_length: int = 3
) -> list[tuple[str, int]]:
    """The `k` most frequent words over all documents, as (word, count) pairs.

    Stopwords and words shorter than `min_length` are skipped. Pairs are ordered by count,
    highest first, and then alphabetically. Raises ValueError if `k` is negative.
    """
    if k < 0:
        raise ValueError("k must not be negative")
    words = []
    for document in documents:
        for word in tokenize(document):
            if len(word) >= min_length and word not in stopwords:
                words.append(word)
    distinct = []
    for word in words:
        if word not in distinct:
            distinct.append(word)
    counts = [(word, words.count(word)) for word in distinct]
    counts.sort(key=lambda pair: (-pair[1], pair[0]))
    return counts[:k]
