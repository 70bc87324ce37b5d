import pytest

from minesweeper.reveal import MineHit, render, reveal


BOARD = [
    "*....",
    ".....",
    "...*.",
]


def test_number_cell_reveals_itself_only() -> None:
    assert reveal(BOARD, 0, 1) == [(0, 1, 1)]


def test_flood_fill() -> None:
    cells = reveal(BOARD, 0, 4)
    assert cells[0] == (0, 4, 0)
    assert {(r, c) for r, c, _ in cells} == {(0, 1), (0, 2), (0, 3), (0, 4), (1, 1), (1, 2), (1, 3), (1, 4)}
    assert render(BOARD, cells) == "#1...\n#1111\n#####"


def test_mine() -> None:
    with pytest.raises(MineHit):
        reveal(BOARD, 2, 3)


def test_bad_click_and_board() -> None:
    with pytest.raises(IndexError):
        reveal(BOARD, 3, 0)
    with pytest.raises(ValueError):
        reveal(["..", "."], 0, 0)
