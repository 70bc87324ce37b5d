"""Braille cells as dot numbers and their Unicode characters (U+2800 block)."""

from __future__ import annotations

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


def dots_to_cell(dots: str) -> str:
    """Unicode braille for dot numbers; cells are separated by "-" (``"5-126"`` is two cells)."""
    return "".join(chr(0x2800 + sum(1 << (int(dot) - 1) for dot in cell)) for cell in dots.split("-"))


CAPITAL = dots_to_cell("6")
NUMBER = dots_to_cell("3456")
GRADE_1 = dots_to_cell("56")


def cell_table() -> dict[str, str]:
    """Braille for every letter (lower case) and punctuation mark."""
    table = {letter: dots_to_cell(dots) for letter, dots in LETTERS.items()}
    table.update({mark: dots_to_cell(dots) for mark, dots in PUNCTUATION.items()})
    return table
