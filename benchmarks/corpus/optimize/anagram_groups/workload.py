"""Anagram groups of a small game dictionary."""

import random

from wordplay.anagrams import group_anagrams


def main() -> None:
    rng = random.Random(61)
    roots = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 7))) for _ in range(800)]
    words = []
    for _ in range(2000):
        letters = list(rng.choice(roots))
        rng.shuffle(letters)
        word = "".join(letters)
        words.append(word.capitalize() if rng.random() < 0.2 else word)
    groups = group_anagrams(words)
    print(len(groups), max(len(g) for g in groups))


if __name__ == "__main__":
    main()
