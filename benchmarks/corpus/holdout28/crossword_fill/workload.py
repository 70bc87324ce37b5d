"""Check a season's worth of submitted grids against the magazine's house word list."""

import random
import string

from crossword.check import check_fill
from crossword.grid import entry, number_grid, parse_grid
from crossword.wordlist import load_wordlist

PATTERN = """
....#.....#....
....#.....#....
...............
...#...#.....##
###.....#......
.....#....#....
....#.....#....
.......#.......
....#.....#....
....#....#.....
......#.....###
##.....#...#...
...............
....#.....#....
....#.....#....
"""
SYLLABLES = ["al", "an", "ar", "be", "ca", "de", "el", "en", "er", "es", "ga", "in", "la", "le", "ma", "ne", "no",
             "on", "or", "ra", "re", "ri", "sa", "se", "ta", "te", "ti", "to", "un", "ve", "ck", "st", "th", "ou"]


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 6)))[: rng.randint(3, 13)]


def filled_grid(rng: random.Random, pattern: list[str]) -> list[str]:
    rows = []
    for row in pattern:
        rows.append("".join(square if square == "#" else
                            ("." if rng.random() < 0.0015 else rng.choice(string.ascii_uppercase)) for square in row))
    return rows


def main() -> None:
    rng = random.Random(1913)
    pattern = parse_grid(PATTERN)
    grids = [filled_grid(rng, pattern) for _ in range(90)]
    slots = number_grid(pattern)
    lines = [f"{pseudo_word(rng)};{rng.choice([10, 25, 50])}" for _ in range(42000)]
    for grid in grids:
        lines.extend(f"{entry(grid, slot)};50" for slot in slots if rng.random() < 0.99 and "." not in entry(grid, slot))
    rng.shuffle(lines)
    wordlist = load_wordlist(lines)
    reports = [check_fill(grid, wordlist) for grid in grids]
    clean = sum(1 for report in reports if not (report.unknown or report.incomplete or report.repeated))
    print(f"{len(wordlist)} words in the list, {len(grids)} grids of {len(slots)} lights")
    print(f"{clean} grids clean, {sum(len(r.unknown) for r in reports)} unknown words, "
          f"{sum(len(r.incomplete) for r in reports)} incomplete lights")


if __name__ == "__main__":
    main()
