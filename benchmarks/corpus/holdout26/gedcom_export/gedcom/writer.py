"""The GEDCOM file writer: numbered lines, CONC/CONT continuation of long or multi-line text."""

from __future__ import annotations

MAX_VALUE = 200


class GedcomWriter:
    """Accumulates GEDCOM lines (CRLF line ends) in ``text``."""

    def __init__(self) -> None:
        self.text = ""

    def line(self, level: int, tag: str, value: str = "", xref: str | None = None) -> None:
        """Write one line; a value longer than ``MAX_VALUE`` characters or containing newlines is continued.

        Newlines in the value start CONT lines; each physical line longer than ``MAX_VALUE``
        is cut into CONC pieces of at most ``MAX_VALUE`` characters. Trailing whitespace is kept.
        """
        prefix = f"{level} @{xref}@ {tag}" if xref else f"{level} {tag}"
        pieces = value.replace("\r\n", "\n").split("\n")
        for number, piece in enumerate(pieces):
            chunks = [piece[start:start + MAX_VALUE] for start in range(0, len(piece), MAX_VALUE)] or [""]
            for index, chunk in enumerate(chunks):
                if number == 0 and index == 0:
                    head = prefix
                elif index == 0:
                    head = f"{level + 1} CONT"
                else:
                    head = f"{level + 1} CONC"
                self.text += f"{head} {chunk}\r\n" if chunk else f"{head}\r\n"
