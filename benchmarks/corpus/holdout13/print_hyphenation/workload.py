"""Layout step: soft-hyphenate the articles of one issue before justification."""

import random

from hyphenkit.liang import Hyphenator

ONSETS = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "ch", "cl", "cr",
          "dr", "fl", "gr", "pl", "pr", "sh", "st", "str", "th", "tr", "sp", "qu", ""]
VOWELS = ["a", "e", "i", "o", "u", "ea", "ou", "io", "ai", "ee", "y"]
CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "ck", "ng", "rt", "ss", "x"]
SUFFIXES = ["", "", "", "ing", "tion", "ment", "ness", "able", "ly", "ed", "er", "ity", "ous"]


def make_word(rng: random.Random) -> str:
    syllables = rng.choice([1, 2, 2, 3, 3, 3, 4, 5])
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
    return word + rng.choice(SUFFIXES)


def make_patterns(rng: random.Random, vocabulary: list[str], count: int) -> list[str]:
    patterns = set()
    while len(patterns) < count:
        word = "." + rng.choice(vocabulary) + "."
        size = rng.randint(2, 5)
        start = rng.randint(0, max(0, len(word) - size))
        letters = word[start:start + size]
        if letters.strip(".") == "" or "." in letters[1:-1]:
            continue
        out = []
        for position, letter in enumerate(letters):
            if position and rng.random() < 0.3:
                out.append(rng.choice("12223444"))
            out.append(letter)
        patterns.add("".join(out))
    return sorted(patterns)


def main() -> None:
    rng = random.Random(8812)
    vocabulary = [make_word(rng) for _ in range(2500)]
    common = ["the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "with", "was", "on"]
    patterns = make_patterns(rng, vocabulary, 4200)
    exceptions = ["ta-ble", "pro-ject", "re-cord", "as-so-ciate", "present"]
    hyphenator = Hyphenator(patterns, exceptions)
    weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]
    articles = []
    for _ in range(32):
        paragraphs = []
        for _ in range(rng.randint(3, 6)):
            words = []
            for _ in range(rng.randint(40, 90)):
                if rng.random() < 0.45:
                    words.append(rng.choice(common))
                else:
                    word = rng.choices(vocabulary, weights)[0]
                    words.append(word.capitalize() if rng.random() < 0.1 else word)
            paragraphs.append(" ".join(words) + ".")
        articles.append("\n\n".join(paragraphs))
    soft = 0
    longest = ""
    for article in articles:
        laid_out = hyphenator.hyphenate_text(article)
        soft += laid_out.count("\u00ad")
        for token in laid_out.split():
            if token.count("\u00ad") > longest.count("\u00ad"):
                longest = token
    print(len(articles), "articles,", soft, "hyphenation points; most:", longest.replace("\u00ad", "-"))


if __name__ == "__main__":
    main()
