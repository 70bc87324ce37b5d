"""New vocabulary per chapter, for the glossary and the teacher's notes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def new_words_by_chapter(chapters: Sequence[Sequence[str]], known: Iterable[str] = ()) -> list[list[str]]:
    """The words each chapter introduces, in the order they are first used.

    A word is new in a chapter when it is not one of the ``known`` words (the level's
    headword list) and was not used in an earlier chapter. Each new word is listed once,
    in the chapter where it first appears.
    """
    seen = list(known)
    introduced: list[list[str]] = []
    for chapter in chapters:
        fresh: list[str] = []
        for word in chapter:
            if word not in seen:
                seen.append(word)
                fresh.append(word)
        introduced.append(fresh)
    return introduced


def teacher_notes(titles: Sequence[str], introduced: Sequence[Sequence[str]], per_line: int = 8) -> list[str]:
    """Lines for the teacher's notes: each chapter's title, the count of new words and the words themselves."""
    lines: list[str] = []
    for title, fresh in zip(titles, introduced):
        lines.append(f"{title} ({len(fresh)} new)")
        for start in range(0, len(fresh), per_line):
            lines.append("    " + ", ".join(fresh[start:start + per_line]))
    return lines


def over_limit(introduced: Sequence[Sequence[str]], limit: int) -> list[int]:
    """Chapter numbers (from 1) that introduce more than ``limit`` new words."""
    return [number for number, fresh in enumerate(introduced, start=1) if len(fresh) > limit]
