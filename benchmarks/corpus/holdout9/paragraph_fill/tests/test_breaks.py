import pytest

from typeset.breaks import balanced_lines, fill_text, line_length


def test_line_length() -> None:
    assert line_length(["ab", "c"]) == 4
    assert line_length(["abc"]) == 3


def test_everything_fits_on_one_line() -> None:
    assert balanced_lines(["a", "b", "c"], 10) == ["a b c"]


def test_balances_instead_of_greedy() -> None:
    words = "aaa bb cc ddddd".split()
    # greedy filling would give "aaa bb" / "cc" / "ddddd"
    assert balanced_lines(words, 6) == ["aaa", "bb cc", "ddddd"]


def test_prefers_even_margin() -> None:
    words = ["aaaa", "bb", "cc", "dddddd"]
    assert balanced_lines(words, 8) == ["aaaa", "bb cc", "dddddd"]


def test_lines_never_exceed_width() -> None:
    words = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor " * 5).split()
    assert all(len(line) <= 20 for line in balanced_lines(words, 20))
    assert " ".join(balanced_lines(words, 20)).split() == words


def test_word_too_wide() -> None:
    with pytest.raises(ValueError):
        balanced_lines(["short", "extraordinarily"], 10)


def test_empty() -> None:
    assert balanced_lines([], 30) == []


def test_fill_text() -> None:
    assert fill_text("a b\n\n\nc", 5) == "a b\n\nc\n"
