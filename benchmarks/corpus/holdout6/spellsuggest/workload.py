"""Proof-read a batch of support articles against the product glossary."""

import random

from speller.suggest import suggest, tokenize


def main() -> None:
    rng = random.Random(4242)
    letters = "etaoinshrdlcumwfgypbvk"
    dictionary = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(3, 11))) for _ in range(1500)})
    words = []
    for _ in range(1000):
        word = rng.choice(dictionary)
        if rng.random() < 0.06:
            position = rng.randrange(len(word))
            word = word[:position] + rng.choice(letters) + word[position + 1:]
        words.append(word)
    text = " ".join(words)
    result = suggest(tokenize(text), dictionary)
    print(len(result), sum(len(v) for v in result.values()))


if __name__ == "__main__":
    main()
