"""Re-check the season's archive of league game records (19x19) before the final standings."""

import random

from go_records.board import IllegalMove
from go_records.replay import replay_game
from go_records.sgf import parse_sgf

LETTERS = "abcdefghijklmnopqrs"


def game_sgf(rng: random.Random, number: int) -> str:
    """A league game as the server stores it: random-ish play that avoids points played before."""
    handicap = rng.choice([0, 0, 0, 2, 3, 4])
    stars = ["dd", "pp", "dp", "pd", "jj"][:handicap]
    free = [f"{LETTERS[c]}{LETTERS[r]}" for r in range(19) for c in range(19) if f"{LETTERS[c]}{LETTERS[r]}" not in stars]
    rng.shuffle(free)
    moves = []
    played = set(stars)
    colour = "W" if handicap else "B"
    for point in free[:rng.randint(170, 260)]:
        col, row = LETTERS.index(point[0]), LETTERS.index(point[1])
        around = [(col + dc, row + dr) for dc, dr in ((1, 0), (-1, 0), (0, 1), (0, -1)) if 0 <= col + dc < 19 and 0 <= row + dr < 19]
        if all(f"{LETTERS[c]}{LETTERS[r]}" in played for c, r in around) and rng.random() < 0.97:
            continue
        played.add(point)
        moves.append(f";{colour}[{point}]")
        colour = "W" if colour == "B" else "B"
    moves.append(f";{colour}[]")
    moves.append(f";{'W' if colour == 'B' else 'B'}[]")
    root = f"(;FF[4]GM[1]SZ[19]PB[member{number % 40}]PW[member{(number * 7) % 40}]RE[B+R]KM[6.5]"
    if stars:
        root += "AB" + "".join(f"[{star}]" for star in stars)
    return root + "".join(moves) + ")"


def main() -> None:
    rng = random.Random(2908)
    records = [parse_sgf(game_sgf(rng, number)) for number in range(90)]
    checked, illegal, captures = 0, 0, 0
    for record in records:
        try:
            replay = replay_game(record.moves, record.size, record.handicap)
        except IllegalMove:
            illegal += 1
            continue
        checked += 1
        captures += replay.captured_by_black + replay.captured_by_white
    print(f"{len(records)} records: {checked} replayed cleanly, {illegal} with an illegal move")
    print(f"{captures} stones captured in the clean games")


if __name__ == "__main__":
    main()
