"""A small BibTeX reader: @type{key, field = {value}, field = "value", field = 123}."""

from __future__ import annotations

import re

HEADER = re.compile(r"(\w+)\s*\{\s*([^,\s}]*)\s*,")
FIELD = re.compile(r"([\w-]+)\s*=\s*")
BARE = re.compile(r"[^,}\s]+")


class BibSyntaxError(ValueError):
    """The text is not well-formed BibTeX."""


def _read_value(rest: str) -> tuple[str, str]:
    """Read one field value from the start of `rest`; return it and what follows."""
    if rest.startswith("{"):
        depth = 0
        for index, char in enumerate(rest):
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return rest[1:index], rest[index + 1:]
        raise BibSyntaxError("unbalanced braces in value")
    if rest.startswith('"'):
        end = rest.find('"', 1)
        if end < 0:
            raise BibSyntaxError("unterminated quoted value")
        return rest[1:end], rest[end + 1:]
    match = BARE.match(rest)
    if not match:
        raise BibSyntaxError(f"missing value near {rest[:20]!r}")
    return match.group(0), rest[match.end():]


def parse_bibtex(text: str) -> list[dict]:
    """Entries in file order as {"type", "key", "fields"}; field names are lower-cased.

    Anything outside an entry (text before an @) is ignored. A repeated field keeps
    its last value. Raises BibSyntaxError on malformed input.
    """
    entries = []
    rest = text
    while True:
        at = rest.find("@")
        if at < 0:
            break
        rest = rest[at + 1:]
        header = HEADER.match(rest)
        if not header:
            raise BibSyntaxError(f"bad entry header near {rest[:20]!r}")
        rest = rest[header.end():]
        fields = {}
        while True:
            rest = rest.lstrip()
            if rest.startswith("}"):
                rest = rest[1:]
                break
            field = FIELD.match(rest)
            if not field:
                raise BibSyntaxError(f"bad field near {rest[:20]!r}")
            rest = rest[field.end():]
            value, rest = _read_value(rest)
            fields[field.group(1).lower()] = " ".join(value.split())
            rest = rest.lstrip()
            if rest.startswith(","):
                rest = rest[1:]
        entries.append({"type": header.group(1).lower(), "key": header.group(2), "fields": fields})
    return entries
