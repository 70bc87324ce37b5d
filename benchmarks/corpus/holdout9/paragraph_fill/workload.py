"""Build step: re-flow the chapters of a novel for the plain-text edition."""

import random

from typeset.breaks import balanced_lines

SYLLABLES = ["ka", "lo", "mer", "tin", "sa", "ve", "ron", "di", "qua", "pel", "os", "tre", "a", "un", "ith", "gal"]


def main() -> None:
    rng = random.Random(1605)
    vocabulary = ["".join(rng.choices(SYLLABLES, k=rng.choice([1, 1, 2, 2, 2, 3, 3, 4]))) for _ in range(3000)]
    vocabulary += ["the", "and", "of", "a", "to", "in", "was", "he", "she", "it"] * 40
    lines = 0
    widest_gap = 0
    words_total = 0
    for _paragraph in range(1100):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(20, 180))]
        words[-1] += "."
        words_total += len(words)
        for width in (64, 72):
            text = balanced_lines(words, width)
            lines += len(text)
            widest_gap = max(widest_gap, max(width - len(line) for line in text[:-1]) if len(text) > 1 else 0)
    print(f"{words_total} words -> {lines} lines, widest gap {widest_gap} columns")


if __name__ == "__main__":
    main()
