import pytest

from crossword.check import FillReport, check_fill
from crossword.grid import Slot, entry, number_grid, parse_grid
from crossword.wordlist import load_wordlist

GRID = parse_grid("""
  cat#
  a.e#
  rob#
""")


def test_parse_and_number() -> None:
    assert GRID == ["CAT#", "A.E#", "ROB#"]
    assert number_grid(GRID) == [
        Slot(1, "across", 0, 0, 3), Slot(1, "down", 0, 0, 3), Slot(2, "down", 0, 1, 3),
        Slot(3, "down", 0, 2, 3), Slot(4, "across", 1, 0, 3), Slot(5, "across", 2, 0, 3),
    ]
    assert entry(GRID, Slot(2, "down", 0, 1, 3)) == "A.O"


def test_load_wordlist() -> None:
    lines = ["cat;50", "Car-park;25", "o'er", "ab", "caf\u00e9", "CAT", "rob"]
    assert load_wordlist(lines) == ["CAT", "CARPARK", "OER", "ROB"]


def test_check_fill() -> None:
    assert check_fill(GRID, ["CAT", "CAR", "ROB", "TEB"]) == FillReport(4, ["2-down", "4-across"], [], [])
    assert check_fill(GRID, ["CAT", "ROB"]) == FillReport(4, ["2-down", "4-across"], ["1-down: CAR", "3-down: TEB"], [])


def test_unknown_and_repeated_words() -> None:
    assert check_fill(["CAT", "A#A", "TAT"], ["CAT", "TAT"]) == FillReport(4, [], [], ["CAT", "TAT"])
    report = check_fill(["DOG", "O#O", "GOD"], ["DOG"])
    assert report.unknown == ["2-down: GOD", "3-across: GOD"]
    assert report.repeated == ["DOG", "GOD"]


def test_malformed_grids() -> None:
    assert check_fill([], ["CAT"]) == FillReport(0, [], [], [])
    with pytest.raises(ValueError):
        number_grid(["CAT", "AB"])
    with pytest.raises(ValueError):
        number_grid(["C*T"])
