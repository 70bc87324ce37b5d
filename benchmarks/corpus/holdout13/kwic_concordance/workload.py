"""Seminar handout: concordance lines for this week's keywords across the reading corpus."""

import random

from concord.kwic import concordance, format_hits

STEMS = ["time", "house", "light", "water", "night", "hand", "heart", "letter", "road", "garden", "window",
         "morning", "river", "voice", "money", "dream", "storm", "station", "winter", "mother", "captain",
         "doctor", "village", "silence", "promise", "door", "shadow", "ship", "field", "king"]
FUNCTION = ["the", "a", "of", "and", "to", "in", "was", "he", "she", "it", "that", "had", "his", "her",
            "with", "for", "on", "at", "by", "not", "but", "were", "they", "which", "from", "would"]
VERBS = ["said", "looked", "walked", "thought", "knew", "came", "went", "felt", "saw", "turned", "waited"]


def main() -> None:
    rng = random.Random(4096)
    content = STEMS + [stem + "s" for stem in STEMS] + [f"word{n}" for n in range(3000)]
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(content))]
    pool = rng.choices(content, weights, k=200_000)
    chapters = []
    for chapter in range(110):
        paragraphs = []
        for _ in range(rng.randint(25, 40)):
            sentences = []
            for _ in range(rng.randint(2, 6)):
                words = []
                for position in range(rng.randint(6, 18)):
                    roll = rng.random()
                    if roll < 0.5:
                        words.append(rng.choice(FUNCTION))
                    elif roll < 0.62:
                        words.append(rng.choice(VERBS))
                    else:
                        words.append(rng.choice(pool))
                sentence = " ".join(words)
                sentences.append(sentence[0].upper() + sentence[1:] + rng.choice([".", ".", ".", "!", "?"]))
            paragraphs.append(" ".join(sentences))
        chapters.append(f"CHAPTER {chapter + 1}\n\n" + "\n\n".join(paragraphs))
    text = "\n\n\n".join(chapters) + "\n"
    keywords = ["letter", "Letters", "promise", "storm", "silence", "captain", "station", "shadow", "window",
                "house", "light", "time", "it's"]
    hits = concordance(text, keywords, width=35)
    total = sum(len(found) for found in hits.values())
    print(len(text), "characters,", total, "hits;", {keyword: len(found) for keyword, found in hits.items()})
    print(format_hits(hits["promise"][:1], 35))


if __name__ == "__main__":
    main()
