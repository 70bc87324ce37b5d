"""Puzzle desk: solve this week's reader submissions before they go to print."""

import random

from sudokit.solver import PuzzleError, solve

BASE = [[(3 * (r % 3) + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]


def shuffled_solution(rng: random.Random) -> list[list[int]]:
    digits = list(range(1, 10))
    rng.shuffle(digits)
    bands = rng.sample(range(3), 3)
    rows = [3 * b + r for b in bands for r in rng.sample(range(3), 3)]
    stacks = rng.sample(range(3), 3)
    cols = [3 * s + c for s in stacks for c in rng.sample(range(3), 3)]
    return [[digits[BASE[r][c] - 1] for c in cols] for r in rows]


def submission(rng: random.Random) -> list[list[int]]:
    grid = shuffled_solution(rng)
    blanks = rng.sample(range(81), rng.randint(52, 58))
    for cell in blanks:
        grid[cell // 9][cell % 9] = 0
    if rng.random() < 0.1:
        r, c = rng.randrange(9), rng.randrange(9)
        grid[r][c] = rng.randint(1, 9)
    return grid


def main() -> None:
    rng = random.Random(1912)
    puzzles = [submission(rng) for _ in range(100)]
    solved = unsolvable = rejected = 0
    checksum = 0
    for puzzle in puzzles:
        try:
            result = solve(puzzle)
        except PuzzleError:
            rejected += 1
            continue
        if result is None:
            unsolvable += 1
        else:
            solved += 1
            checksum += sum(result[4]) * result[0][0] + result[8][8]
    print(f"{len(puzzles)} submissions: {solved} solved, {unsolvable} without solution, {rejected} rejected")
    print("checksum", checksum)


if __name__ == "__main__":
    main()
