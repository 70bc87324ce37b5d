"""Find relative Markdown links whose target page or heading anchor does not exist."""

from __future__ import annotations

import posixpath
import re
from typing import Mapping

LINK_RE = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)\s]+)\)")
SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
HEADING_RE = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


def slugify(heading: str) -> str:
    """GitHub-style anchor for a heading text."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def heading_anchors(text: str) -> list[str]:
    """Anchors of all ATX headings outside fenced code blocks, in document order.

    Repeated headings get "-1", "-2", ... suffixes the way GitHub numbers them.
    """
    anchors: list[str] = []
    counts: dict[str, int] = {}
    in_fence = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = HEADING_RE.match(line)
        if not match:
            continue
        slug = slugify(match.group(2))
        if slug in counts:
            counts[slug] += 1
            anchors.append(f"{slug}-{counts[slug]}")
        else:
            counts[slug] = 0
            anchors.append(slug)
    return anchors


def broken_links(pages: Mapping[str, str]) -> list[tuple[str, int, str, str]]:
    """Check every relative link in a set of pages (path -> Markdown text).

    Returns (page, line number, link target, problem) for each broken link, where the
    problem is "missing page" or "missing anchor". External links (with a URL scheme)
    and links inside fenced code blocks are not checked.
    """
    problems: list[tuple[str, int, str, str]] = []
    for path, text in pages.items():
        in_fence = False
        for line_no, line in enumerate(text.splitlines(), 1):
            if line.lstrip().startswith("```"):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            for match in LINK_RE.finditer(line):
                target = match.group(2)
                if SCHEME_RE.match(target):
                    continue
                file_part, _, anchor = target.partition("#")
                if file_part:
                    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), file_part))
                else:
                    resolved = path
                if resolved not in pages:
                    problems.append((path, line_no, target, "missing page"))
                elif anchor and anchor not in heading_anchors(pages[resolved]):
                    problems.append((path, line_no, target, "missing anchor"))
    return problems
