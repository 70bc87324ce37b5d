"""Keyword-in-context (KWIC) concordances."""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


class Hit(NamedTuple):
    """One concordance line: where the keyword occurs and the text around it."""

    line: int
    left: str
    word: str
    right: str


def concordance(text: str, keywords: Iterable[str], width: int = 30) -> dict[str, list[Hit]]:
    """Every whole-word, case-insensitive occurrence of each keyword, with its context.

    The result maps each keyword (as first spelled in `keywords`) to its hits in text
    order. ``line`` is 1-based; ``left`` and ``right`` hold up to `width` characters of
    context on either side, with runs of whitespace (line breaks included) collapsed to
    single spaces.
    """
    wanted: dict[str, str] = {}
    for keyword in keywords:
        wanted.setdefault(keyword.casefold(), keyword)
    hits: dict[str, list[Hit]] = {keyword: [] for keyword in wanted.values()}
    for match in _TOKEN.finditer(text):
        keyword = wanted.get(match.group().casefold())
        if keyword is None:
            continue
        start, end = match.span()
        line = text.count("\n", 0, start) + 1
        left = " ".join(text[max(0, start - 3 * width):start].split())[-width:] if width > 0 else ""
        right = " ".join(text[end:end + 3 * width].split())[:width] if width > 0 else ""
        hits[keyword].append(Hit(line, left, match.group(), right))
    return hits


def format_hits(hits: list[Hit], width: int = 30) -> str:
    """Concordance lines aligned on the keyword, one per hit."""
    return "\n".join(f"{hit.line:>6}  {hit.left:>{width}} [{hit.word}] {hit.right}" for hit in hits)
