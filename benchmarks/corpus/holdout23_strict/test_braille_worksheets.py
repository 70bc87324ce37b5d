"""Strict equivalence tests for transcribe (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from brailler.transcribe import transcribe
from strict_support import assert_same

TARGET = "brailler/transcribe.py:transcribe"


# --- verbatim copy of the original implementation and its helpers -------------------------

LETTERS = {
    "a": "1", "b": "12", "c": "14", "d": "145", "e": "15", "f": "124", "g": "1245", "h": "125", "i": "24",
    "j": "245", "k": "13", "l": "123", "m": "134", "n": "1345", "o": "135", "p": "1234", "q": "12345",
    "r": "1235", "s": "234", "t": "2345", "u": "136", "v": "1236", "w": "2456", "x": "1346", "y": "13456",
    "z": "1356",
}
PUNCTUATION = {
    ",": "2", ";": "23", ":": "25", ".": "256", "!": "235", "?": "236", "'": "3", "-": "36",
    "(": "5-126", ")": "5-345", "/": "456-34", "&": "4-12346", "@": "4-1", "%": "46-356", "+": "5-235",
    "=": "5-2356", "*": "5-35", "$": "4-234", "£": "4-123", "#": "456-1456", '"': "6-236",
}


def dots_to_cell(dots):
    return "".join(chr(0x2800 + sum(1 << (int(dot) - 1) for dot in cell)) for cell in dots.split("-"))


CAPITAL = dots_to_cell("6")
NUMBER = dots_to_cell("3456")
GRADE_1 = dots_to_cell("56")


def cell_table():
    table = {letter: dots_to_cell(dots) for letter, dots in LETTERS.items()}
    table.update({mark: dots_to_cell(dots) for mark, dots in PUNCTUATION.items()})
    return table


TOKENS = re.compile(r"\s+|\S+")
DIGITS = "0123456789"
DIGIT_LETTERS = "jabcdefghi"


def _transcribe_word(word, cells):
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


def reference(text):
    pieces = []
    for token in TOKENS.findall(text):
        if token.isspace():
            pieces.append(token)
        else:
            pieces.append(_transcribe_word(token, cell_table()))
    return "".join(pieces)


# --- cases -------------------------------------------------------------------------------


class Text(str):  # a str subclass, as returned by the worksheet template engine
    pass


CASES = [
    "",
    " ",
    "   \t\n",
    "\n",
    "\r\n",
    "abc",
    "Hello  world\n",
    "  leading and trailing  ",
    "line one\r\nline two\r\n",
    "tab\tseparated\tvalues",
    "no\u00a0break\u2003em space\u3000ideographic",
    "control\x1cseparators\x1dhere\x1e\x1f",
    "zero\u200bwidth",
    "NASA said OK.",
    "I",
    "I'M",
    "A1",
    "AB1",
    "A.B.",
    "X-RAY",
    "x-RAY",
    "OK!",
    "Ok",
    "oK",
    "ÉCOLE",
    "École",
    "café",
    "CAFÉ",
    "Ümlaut über",
    "ǅemal ǄEMAL ǆemal",
    "\u212a\u212a",
    "straße STRASSE ẞ",
    "İstanbul",
    "ﬁne ﬂow",
    "Ωmega ΣΊΣΥΦΟΣ",
    "日本語 テキスト",
    "emoji 😀 👍🏽",
    "⠁⠃⠉ already braille",
    "2024",
    "0",
    "0123456789",
    "3.5kg",
    "4b",
    "4B",
    "10A",
    "1j",
    "1k",
    "3rd",
    "1, 2.",
    "1,000.50",
    "1..2",
    "1.,2",
    "1.",
    ".5",
    "-5",
    "5-3=2",
    "50%",
    "£12.99",
    "$4",
    "#1",
    "a/b",
    "Q&A",
    "me@school.org",
    "(yes)",
    '"quoted"',
    "2+2=4*1",
    "٣ Arabic-Indic",
    "１２３ fullwidth",
    "²³ superscripts",
    "½ fraction",
    "٣1",
    "1٣2",
    "x²",
    "ABC123def",
    "ABC123DEF",
    "123ABC",
    "ⅫⅣ roman",
    "a" * 500,
    "Word " * 200,
    "word\n" * 100,
    Text("Subclass 42"),
    None,
    42,
    b"bytes",
    ["list"],
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(transcribe, reference, case)


def test_keyword_arguments() -> None:
    assert_same(transcribe, reference, text="Worksheet 3: Measuring\n1. Measure 12.5cm.")


ALPHABET = ("abcdefghijklmnopqrstuvwxyz" * 3 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0123456789" * 2 + "      \n\t"
            + ".,;:!?'-()/&@%+=*$£#\"" + "éÉüßİǅ٣²😀⠁\u00a0")


def _random_cases():
    rng = random.Random(1829)
    for _ in range(230):
        length = rng.choice([0, 1, 2, 5, 12, 40, 120])
        yield "".join(rng.choice(ALPHABET) for _ in range(length))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(transcribe, reference, case)


def test_worksheet() -> None:
    rng = random.Random(7)
    words = "the answer is Total NUMBER 12 3.5cm 4b angle (2 marks) 50% £3.20 x-ray OK! question:".split()
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 20))) for _ in range(150)]
    assert_same(transcribe, reference, "\n".join(lines) + "\n")
