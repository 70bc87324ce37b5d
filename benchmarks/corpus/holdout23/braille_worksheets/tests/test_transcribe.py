import pytest

from brailler.cells import cell_table, dots_to_cell
from brailler.pages import paginate, wrap_braille
from brailler.transcribe import transcribe


def test_dots_to_cell() -> None:
    assert dots_to_cell("1") == "⠁" and dots_to_cell("123456") == "⠿" and dots_to_cell("5-126") == "⠐⠣"
    assert len(cell_table()) == 26 + 21


def test_letters_capitals_and_whitespace() -> None:
    assert transcribe("abc") == "⠁⠃⠉"
    assert transcribe("Hello  world\n") == "⠠⠓⠑⠇⠇⠕  ⠺⠕⠗⠇⠙\n"
    assert transcribe("NASA said OK.") == "⠠⠠⠝⠁⠎⠁ ⠎⠁⠊⠙ ⠠⠠⠕⠅⠲"
    assert transcribe("I") == "⠠⠊"


def test_numbers() -> None:
    assert transcribe("2024") == "⠼⠃⠚⠃⠙"
    assert transcribe("3.5kg") == "⠼⠉⠲⠑⠅⠛"
    assert transcribe("4b") == "⠼⠙⠰⠃"
    assert transcribe("1, 2.") == "⠼⠁⠂ ⠼⠃⠲"


def test_punctuation_and_unknown_characters() -> None:
    assert transcribe("(yes)") == "⠐⠣⠽⠑⠎⠐⠜"
    assert transcribe("café") == "⠉⠁⠋é"


def test_wrap_and_paginate() -> None:
    lines = wrap_braille("⠁⠃ ⠉⠙ ⠑⠋\n⠛", width=5)
    assert lines == ["⠁⠃⠀⠉⠙", "⠑⠋", "⠛"]
    assert wrap_braille("⠁" * 8, width=4) == ["⠁⠁⠁⠤", "⠁⠁⠁⠤", "⠁⠁"]
    pages = paginate(lines, lines_per_page=3)
    assert pages == [["⠁⠃⠀⠉⠙", "⠑⠋", "⠼⠁"], ["⠛", "", "⠼⠃"]]
    with pytest.raises(ValueError):
        wrap_braille("⠁", width=1)
