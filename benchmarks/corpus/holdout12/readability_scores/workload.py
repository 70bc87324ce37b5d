"""Re-score the day's draft articles after the familiar-word list was updated."""

import itertools
import random

from readscore.scores import score_article

ONSETS = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "r", "s", "sh", "st", "t", "th", "tr", "v", "w"]
NUCLEI = ["a", "e", "i", "o", "u", "ea", "ou", "ai", "y"]
CODAS = ["", "", "n", "r", "t", "s", "ck", "nd", "st", "m", "ll"]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words: list[str] = []
    seen = set()
    while len(words) < size:
        syllables = rng.choices([1, 2, 3, 4], [40, 35, 18, 7])[0]
        word = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS) for _ in range(syllables))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def article(rng: random.Random, vocab: list[str], cumulative: list[float], names: list[str]) -> str:
    sentences = []
    for _ in range(rng.randint(35, 70)):
        length = rng.randint(6, 24)
        words = rng.choices(vocab, cum_weights=cumulative, k=length)
        if rng.random() < 0.3:
            words[rng.randrange(length)] = rng.choice(names)
        if rng.random() < 0.2:
            position = rng.randrange(length)
            words[position] += rng.choice(["s", "ed", "ing", "ly", "'s"])
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + rng.choice([".", ".", ".", "?", "!"]))
    paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    return "\n\n".join(paragraphs) + "\n"


def main() -> None:
    rng = random.Random(77)
    vocab = vocabulary(rng, 9000)
    cumulative = list(itertools.accumulate(1 / (rank + 1) ** 0.95 for rank in range(len(vocab))))
    familiar = sorted(vocab[:2600] + rng.sample(vocab[2600:], 400))
    names = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Brzęczyszczykiewicz", "O'Neill", "Nguyễn"]
    drafts = [article(rng, vocab, cumulative, names) for _ in range(120)]
    results = [score_article(text, familiar) for text in drafts]
    easiest = max(results, key=lambda r: r.flesch_reading_ease)
    hardest = min(results, key=lambda r: r.flesch_reading_ease)
    mean_dc = sum(r.dale_chall for r in results) / len(results)
    print(f"articles={len(results)} words={sum(r.words for r in results)} "
          f"flesch=[{hardest.flesch_reading_ease}, {easiest.flesch_reading_ease}] dale_chall_mean={mean_dc:.2f}")
    print("hardest words in the hardest draft:", ", ".join(hardest.hardest))


if __name__ == "__main__":
    main()
