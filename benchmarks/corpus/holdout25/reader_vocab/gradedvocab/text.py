"""Chapters and words of a reader's manuscript."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
CHAPTER_HEADING = re.compile(r"^chapter\s+(\d+)\b[.:]?\s*(.*)$", re.IGNORECASE)


def words(text: str) -> list[str]:
    """The words of ``text`` in order, lower-cased, with typographic apostrophes made plain.

    Digits, punctuation and underscores separate words; apostrophes and hyphens between
    letters belong to the word (``don't``, ``well-known``).
    """
    return [match.group().replace("’", "'").lower() for match in WORD.finditer(text)]


def split_chapters(manuscript: str) -> list[tuple[str, str]]:
    """``(title, body)`` for every chapter; a chapter starts at a ``Chapter N`` heading line.

    Text before the first heading is ignored. The title is the rest of the heading line
    (or ``Chapter N`` when there is none).
    """
    chapters: list[tuple[str, list[str]]] = []
    for line in manuscript.splitlines():
        heading = CHAPTER_HEADING.match(line.strip())
        if heading:
            chapters.append((heading.group(2).strip() or f"Chapter {heading.group(1)}", []))
        elif chapters:
            chapters[-1][1].append(line)
    return [(title, "\n".join(body).strip()) for title, body in chapters]
