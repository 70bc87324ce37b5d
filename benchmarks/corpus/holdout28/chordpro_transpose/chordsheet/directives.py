"""ChordPro directives: lines such as ``{title: Amazing Grace}`` or ``{soc}``."""

from __future__ import annotations

import re

_DIRECTIVE = re.compile(r"^\s*\{\s*([A-Za-z_]+)\s*(?::\s*(.*?))?\s*\}\s*$")
ALIASES = {"t": "title", "st": "subtitle", "k": "key", "c": "comment", "soc": "start_of_chorus",
           "eoc": "end_of_chorus", "sov": "start_of_verse", "eov": "end_of_verse"}


def parse_directive(line: str) -> tuple[str, str] | None:
    """The (name, value) of a directive line, with the name lower-cased and abbreviations expanded;
    the value is "" for directives without one. None for a line that is not a directive."""
    match = _DIRECTIVE.match(line)
    if not match:
        return None
    name = match.group(1).lower()
    return ALIASES.get(name, name), match.group(2) or ""


def song_title(text: str) -> str:
    """The value of the song's first {title} directive, or "" when it has none."""
    for line in text.split("\n"):
        directive = parse_directive(line)
        if directive and directive[0] == "title":
            return directive[1]
    return ""
