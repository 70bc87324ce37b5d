"""Word statistics over a month of support tickets."""

import random

from textstats.words import top_words


def main() -> None:
    rng = random.Random(41)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
                  for _ in range(1500)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    text = " ".join(rng.choices(vocabulary, weights, k=35000))
    print(top_words(text, 15))


if __name__ == "__main__":
    main()
