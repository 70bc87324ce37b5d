"""Loose text normalisation for matching what people type against known names."""

from __future__ import annotations

import unicodedata

_DROP = set(".,'’`\"()[]")


def normalize_text(text: str) -> str:
    """Lower-case, strip accents and punctuation, treat '-', '_', '/' and '&' as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) or char in _DROP:
            continue
        if char in "-_/&":
            char = " "
        kept.append(char.lower())
    return " ".join("".join(kept).split())
