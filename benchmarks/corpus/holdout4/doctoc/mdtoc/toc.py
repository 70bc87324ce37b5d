"""Linked tables of contents for Markdown documents, with GitHub-style anchors."""

from __future__ import annotations

import re

HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")


def slugify(title: str) -> str:
    """The anchor GitHub gives a heading: lower-case, punctuation dropped, spaces to dashes."""
    title = re.sub(r"`([^`]*)`", r"\1", title.strip().lower())
    title = re.sub(r"[^\w\- ]", "", title)
    return title.replace(" ", "-")


def build_toc(markdown: str, max_level: int = 3, bullet: str = "-") -> str:
    """A nested Markdown list linking to every heading of level 1..max_level.

    Headings inside fenced code blocks are ignored. Anchors are made unique the way GitHub
    does it: the second heading with slug `x` links to `x-1`, the third to `x-2`, and so
    on, skipping anchors already taken. Headings deeper than `max_level` are left out of
    the list but still take their anchor. Each entry is indented two spaces per level
    below 1; the result ends with a newline unless it is empty.
    """
    if not 1 <= max_level <= 6:
        raise ValueError("max_level must be between 1 and 6")
    entries = []
    used: list[str] = []
    fence = None
    for line in markdown.splitlines():
        opening = FENCE.match(line)
        if opening:
            if fence is None:
                fence = opening.group(1)
            elif opening.group(1) == fence:
                fence = None
            continue
        if fence is not None:
            continue
        match = HEADING.match(line)
        if not match:
            continue
        level, title = len(match.group(1)), match.group(2)
        slug = slugify(title)
        anchor, n = slug, 1
        while anchor in used:
            anchor = f"{slug}-{n}"
            n += 1
        used.append(anchor)
        if level <= max_level:
            entries.append(f"{'  ' * (level - 1)}{bullet} [{title}](#{anchor})")
    return "\n".join(entries) + "\n" if entries else ""
