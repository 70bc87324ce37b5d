import pytest

from sudokit.solver import PuzzleError, candidates, format_grid, parse_grid, solve

PUZZLE = (
    "53..7...."
    "6..195..."
    ".98....6."
    "8...6...3"
    "4..8.3..1"
    "7...2...6"
    ".6....28."
    "...419..5"
    "....8..79"
)
SOLUTION = (
    "534678912"
    "672195348"
    "198342567"
    "859761423"
    "426853791"
    "713924856"
    "961537284"
    "287419635"
    "345286179"
)


def test_parse_and_format_round_trip() -> None:
    assert format_grid(parse_grid(PUZZLE)).replace("\n", "") == PUZZLE


def test_parse_rejects_bad_text() -> None:
    with pytest.raises(PuzzleError):
        parse_grid("123")


def test_candidates() -> None:
    assert candidates(parse_grid(PUZZLE), 0, 2) == [1, 2, 4]


def test_solves_classic_puzzle() -> None:
    assert solve(parse_grid(PUZZLE)) == parse_grid(SOLUTION)


def test_input_is_not_modified() -> None:
    grid = parse_grid(PUZZLE)
    solve(grid)
    assert grid == parse_grid(PUZZLE)


def test_conflicting_givens() -> None:
    grid = parse_grid(PUZZLE)
    grid[0][2] = 5
    with pytest.raises(PuzzleError):
        solve(grid)


def test_no_solution() -> None:
    grid = parse_grid(PUZZLE)
    grid[0][2] = 1  # legal given, but blocks the only solution
    assert solve(grid) is None


def test_empty_grid_has_a_solution() -> None:
    result = solve([[0] * 9 for _ in range(9)])
    assert result is not None and sorted(result[0]) == list(range(1, 10))
