"""Replay a tournament's opening clicks on large custom boards."""

import random

from minesweeper.reveal import reveal


def make_board(rng: random.Random, height: int, width: int, density: float) -> list[str]:
    return ["".join("*" if rng.random() < density else "." for _ in range(width)) for _ in range(height)]


def main() -> None:
    rng = random.Random(1989)
    total = 0
    for game in range(6):
        board = make_board(rng, 44, 50, 0.04)
        for _ in range(2):
            row, col = rng.randrange(44), rng.randrange(50)
            if board[row][col] == "*":
                continue
            cells = reveal(board, row, col)
            total += len(cells)
    print(total)


if __name__ == "__main__":
    main()
