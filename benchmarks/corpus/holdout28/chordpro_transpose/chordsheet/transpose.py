"""Transpose whole ChordPro chord sheets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chordsheet.chords import transpose_chord, transpose_key, uses_flats
from chordsheet.directives import parse_directive

_BRACKETED = re.compile(r"\[([^\]]*)\]")


def _key_at(lines: Sequence[str], index: int) -> str | None:
    """The key in effect at line ``index``: the value of the last {key} directive above it."""
    key = None
    for line in lines[:index]:
        directive = parse_directive(line)
        if directive and directive[0] == "key":
            key = directive[1]
    return key


def transpose_sheet(text: str, semitones: int) -> str:
    """A ChordPro sheet with every chord and every {key} directive moved by ``semitones``.

    {key} directives (also written {k}) are rewritten as ``{key: X}`` in the transposed key's
    usual spelling. A chord is spelt with flats when the transposed key in effect on its line
    (the last {key} directive above it) is a flat key, and with sharps otherwise, including
    before the first {key} directive. Bracketed text that is not a chord, such as [N.C.] or [x2],
    and everything else is left as it is. Lines are split on "\\n" only, so "\\r" stays in place.

    Raises ``ValueError`` for a {key} directive that does not name a key.
    """
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines):
        directive = parse_directive(line)
        if directive and directive[0] == "key":
            out.append("{key: " + transpose_key(directive[1], semitones) + "}")
            continue
        if "[" not in line:
            out.append(line)
            continue
        key = _key_at(lines, index)
        flats = key is not None and uses_flats(transpose_key(key, semitones))

        def move(match: re.Match[str]) -> str:
            moved = transpose_chord(match.group(1), semitones, flats)
            return match.group(0) if moved is None else "[" + moved + "]"

        out.append(_BRACKETED.sub(move, line))
    return "\n".join(out)
