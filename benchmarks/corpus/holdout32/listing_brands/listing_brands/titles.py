"""Cleaning up listing titles as sellers type them."""

from __future__ import annotations

import html
import re
import unicodedata

_SPACES = re.compile(r"\s+")
_DECORATION = re.compile(r"[*~!|_]{2,}|[\u2605\u2606\u2764\u2728\U0001F300-\U0001FAFF]")


def normalise_title(title: str) -> str:
    """Unescape HTML entities, fold compatibility characters (NFKC), drop decoration such as
    "***" or emoji, and collapse whitespace."""
    text = unicodedata.normalize("NFKC", html.unescape(title))
    text = _DECORATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()
