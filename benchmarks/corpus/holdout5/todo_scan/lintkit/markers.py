"""Find TODO-style markers in comments of source files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection, Optional

DEFAULT_TAGS = ("TODO", "FIXME", "XXX", "HACK")

_MARKER = re.compile(r"(#|//)[ \t]*(?P<tag>[A-Z]+)\b(?:\((?P<owner>[^)\n]*)\))?:?[ \t]*(?P<text>[^\n]*)")


@dataclass(frozen=True)
class Marker:
    """A marker comment; `line` and `column` are 1-based, column of the comment start."""

    path: str
    line: int
    column: int
    tag: str
    owner: Optional[str]
    text: str

    def format(self) -> str:
        owner = f"({self.owner})" if self.owner else ""
        return f"{self.path}:{self.line}:{self.column}: {self.tag}{owner} {self.text}".rstrip()


def find_markers(source: str, path: str = "<string>", tags: Collection[str] = DEFAULT_TAGS) -> list[Marker]:
    """Markers such as `# TODO(ana): text` or `// FIXME text` in `source`.

    Only the exact upper-case tag names in `tags` are reported. The owner is
    the text in parentheses straight after the tag (stripped; None when
    absent or blank) and `text` is the rest of the line without surrounding
    whitespace. Lines are separated by "\\n"; a "\\r" before it is not part of
    the text. Markers are returned in source order.
    """
    found = []
    for match in _MARKER.finditer(source):
        tag = match.group("tag")
        if tag not in tags:
            continue
        start = match.start()
        prefix = source[:start]
        line = prefix.count("\n") + 1
        column = start - (prefix.rfind("\n") + 1) + 1
        owner = match.group("owner")
        owner = owner.strip() or None if owner is not None else None
        found.append(Marker(path, line, column, tag, owner, match.group("text").strip()))
    return found


def summarize(markers: list[Marker]) -> dict[str, int]:
    """Number of markers per tag, most common first (ties by tag name)."""
    counts: dict[str, int] = {}
    for marker in markers:
        counts[marker.tag] = counts.get(marker.tag, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
