"""Build a word-level Huffman code for a day's worth of application log messages."""

import random

from entropy.huffman import build_code, encode


def main() -> None:
    rng = random.Random(1234)
    vocabulary = [f"w{n}" for n in range(2200)]
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(vocabulary))]
    tokens = rng.choices(vocabulary, weights=weights, k=40_000)
    tokens += [f"req-{n:04d}" for n in range(600)]
    code = build_code(tokens)
    bits = encode(tokens, code)
    print(len(code), len(bits), round(len(bits) / len(tokens), 3), max(len(w) for w in code.values()))


if __name__ == "__main__":
    main()
