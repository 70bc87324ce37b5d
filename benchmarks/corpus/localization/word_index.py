"""Build an inverted index of a synthetic text corpus.

Hottest function: tokenize (character-by-character scanning).
"""

import random


def make_docs(n: int) -> list[str]:
    rng = random.Random(6)
    words = ["energy", "python", "profile", "line", "code", "lens", "watt", "hint", "cpu", "joule"]
    return [" ".join(rng.choice(words) for _ in range(60)) + "." for _ in range(n)]


def tokenize(text: str) -> list[str]:
    tokens = []
    word = ""
    for ch in text:
        if ch.isalpha():  # HOT
            word += ch
        elif word:
            tokens.append(word)
            word = ""
    if word:
        tokens.append(word)
    return tokens


def build_index(docs: list[str]) -> dict[str, set[int]]:
    index: dict[str, set[int]] = {}
    for i, doc in enumerate(docs):
        for token in tokenize(doc):
            index.setdefault(token, set()).add(i)
    return index


if __name__ == "__main__":
    index = build_index(make_docs(25000))
    print(sorted((w, len(d)) for w, d in index.items())[:3])
