"""Annotate a club game: replay its moves and rank a pile of candidate plays at every position."""

import random

from wordboard.board import SIZE, empty_board, render_board
from wordboard.review import apply_play, rank_candidates
from wordboard.scoring import Play

BAG = "AAAAAAAAABBCCDDDDEEEEEEEEEEEEFFGGGHHIIIIIIIIIJKLLLLMMNNNNNNOOOOOOOOPPQRRRRRRSSSSTTTTTTUUUUVVWWXYYZ"


def candidates(rng: random.Random, board: list[list[str]], rack: str, count: int) -> list[Play]:
    """Plays a beginner might consider: rack letters around the tiles already down, some of them illegal."""
    plays = []
    occupied = [(r, c) for r in range(SIZE) for c in range(SIZE) if board[r][c]] or [(7, 7)]
    for _ in range(count):
        anchor_r, anchor_c = rng.choice(occupied)
        across = rng.random() < 0.5
        length = rng.randint(2, 8)
        offset = rng.randint(0, length - 1)
        row, col = (anchor_r, anchor_c - offset) if across else (anchor_r - offset, anchor_c)
        letters = []
        for i in range(length):
            r, c = (row, col + i) if across else (row + i, col)
            on_board = board[r][c] if 0 <= r < SIZE and 0 <= c < SIZE else ""
            letters.append(on_board if on_board and rng.random() < 0.95 else rng.choice(rack))
        plays.append(Play("".join(letters), row, col, across))
    return plays


def main() -> None:
    rng = random.Random(1948)
    board = empty_board()
    total = 0
    best_scores = []
    for move in range(30):
        rack = "".join(rng.sample(BAG, 7))
        ranked = rank_candidates(board, candidates(rng, board, rack, 1200), top=3)
        if not ranked:
            continue
        best_scores.append(ranked[0][0])
        total += apply_play(board, ranked[rng.randrange(len(ranked))][1])
    print(f"{len(best_scores)} positions annotated, points scored {total}, best candidate {max(best_scores)}")
    print(render_board(board).split("\n")[7])


if __name__ == "__main__":
    main()
