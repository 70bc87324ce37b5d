"""Print-to-braille transcription of worksheet text."""

from __future__ import annotations

import re

from brailler.cells import CAPITAL, GRADE_1, LETTERS, NUMBER, cell_table

TOKENS = re.compile(r"\s+|\S+")
DIGITS = "0123456789"
DIGIT_LETTERS = "jabcdefghi"  # the digits 0-9 are the letters j, a-i after the numeric indicator


def _transcribe_word(word: str, cells: dict[str, str]) -> str:
    """Braille for one whitespace-free word.

    A word with at least two letters and no lower-case letter gets the capitalised-word
    indicator once; otherwise each upper-case letter gets the capital indicator. A run of
    digits starts with the numeric indicator and continues over a "." or "," followed by a
    digit; a letter a-j right after a number gets the grade 1 indicator. Characters without
    braille are kept as they are.
    """
    letters = [char for char in word if char.isalpha()]
    shouted = len(letters) >= 2 and word.isupper()
    out = [CAPITAL + CAPITAL] if shouted else []
    numeric = False
    for position, char in enumerate(word):
        if char in DIGITS:
            if not numeric:
                out.append(NUMBER)
                numeric = True
            out.append(cells[DIGIT_LETTERS[int(char)]])
            continue
        if numeric and char in ".," and position + 1 < len(word) and word[position + 1] in DIGITS:
            out.append(cells[char])
            continue
        lower = char.lower()
        if lower in LETTERS:
            if numeric and lower in "abcdefghij":
                out.append(GRADE_1)
            if char.isupper() and not shouted:
                out.append(CAPITAL)
            out.append(cells[lower])
        elif char in cells:
            out.append(cells[char])
        else:
            out.append(char)
        numeric = False
    return "".join(out)


def transcribe(text: str) -> str:
    """Uncontracted UEB for ``text``; whitespace (spaces, tabs, line breaks) is kept as it is."""
    pieces = []
    for token in TOKENS.findall(text):
        if token.isspace():
            pieces.append(token)
        else:
            pieces.append(_transcribe_word(token, cell_table()))
    return "".join(pieces)
