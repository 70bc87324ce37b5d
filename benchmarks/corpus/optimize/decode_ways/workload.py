"""Decode counts for a batch of message codes."""

import random

from codec.decode import count_decodings


def main() -> None:
    rng = random.Random(31)
    codes = ["".join(rng.choice("1122345") for _ in range(rng.randint(30, 34))) for _ in range(12)]
    print(sum(count_decodings(code) for code in codes))


if __name__ == "__main__":
    main()
