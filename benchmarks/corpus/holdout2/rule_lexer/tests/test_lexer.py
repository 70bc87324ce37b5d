import pytest

from exprlang.lexer import tokenize


def test_simple_rule() -> None:
    assert tokenize('price >= 10.5 && tier == "gold"') == [
        ("NAME", "price", 1, 1),
        ("OP", ">=", 1, 7),
        ("NUMBER", "10.5", 1, 10),
        ("OP", "&&", 1, 15),
        ("NAME", "tier", 1, 18),
        ("OP", "==", 1, 23),
        ("STRING", '"gold"', 1, 26),
    ]


def test_lines_and_comments() -> None:
    assert tokenize("a # note\nb") == [("NAME", "a", 1, 1), ("NEWLINE", "\n", 1, 9), ("NAME", "b", 2, 1)]


def test_empty_source() -> None:
    assert tokenize("") == []


def test_unexpected_character() -> None:
    with pytest.raises(SyntaxError, match="line 2, column 3"):
        tokenize("a\nb $")


def test_unterminated_string() -> None:
    with pytest.raises(SyntaxError):
        tokenize('name == "oops')
