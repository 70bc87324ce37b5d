import pytest

from cellular.life import evolve


def test_blinker_oscillates() -> None:
    row = [(0, 1), (1, 1), (2, 1)]
    assert evolve(row, 1) == [(1, 0), (1, 1), (1, 2)]
    assert evolve(row, 2) == sorted(row)


def test_block_is_still() -> None:
    block = [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert evolve(block, 5) == block


def test_glider_moves() -> None:
    glider = [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
    assert evolve(glider, 4) == sorted((x + 1, y + 1) for x, y in glider)


def test_zero_generations_dedupes_and_sorts() -> None:
    assert evolve([(3, 3), (1, 2), (3, 3)], 0) == [(1, 2), (3, 3)]


def test_other_rules() -> None:
    # HighLife (B36/S23): a lone cell dies whatever the rules.
    assert evolve([(0, 0)], 1, birth=(3, 6), survive=(2, 3)) == []


def test_negative_generations() -> None:
    with pytest.raises(ValueError):
        evolve([], -1)
