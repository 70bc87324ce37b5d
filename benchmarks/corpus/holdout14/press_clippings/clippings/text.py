"""Headline normalisation shared by the feed tools."""

from __future__ import annotations

import re
import unicodedata

_PUNCTUATION = re.compile(r"[^\w\s]")
_SLUG = re.compile(r"^(?:update\s*\d*|corrected|exclusive|breaking)\s*[:\-]\s*", re.IGNORECASE)


def normalise_headline(headline: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a headline, wire slugs removed."""
    text = _SLUG.sub("", headline.strip())
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.split())
