"""The annotated review: the best candidate plays of each position."""

from __future__ import annotations

from collections.abc import Iterable

from wordboard.scoring import Play, score_play


def rank_candidates(board: list[list[str]], candidates: Iterable[Play], top: int = 5) -> list[tuple[int, Play]]:
    """The ``top`` highest-scoring legal candidates, best first (ties by word, then position); illegal ones are dropped."""
    scored: list[tuple[int, Play]] = []
    for play in candidates:
        try:
            scored.append((score_play(board, play), play))
        except ValueError:
            continue
    scored.sort(key=lambda item: (-item[0], item[1].word, item[1].row, item[1].col, not item[1].across))
    return scored[:top]


def apply_play(board: list[list[str]], play: Play) -> int:
    """Put ``play`` on ``board`` (in place) and return its score."""
    score = score_play(board, play)
    dr, dc = (0, 1) if play.across else (1, 0)
    for i, letter in enumerate(play.word):
        r, c = play.row + dr * i, play.col + dc * i
        if not board[r][c]:
            board[r][c] = letter
    return score
