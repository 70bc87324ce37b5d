"""Glossaries for a level-4 series of graded readers, checked against the level's headword list."""

import itertools
import random

from gradedvocab.text import split_chapters, words
from gradedvocab.vocab import new_words_by_chapter, over_limit, teacher_notes

ONSETS = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "w", "br", "st", "tr", "ch", "sh", "th"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "oo", "ou"]
CODAS = ["", "", "n", "r", "s", "t", "ll", "ck", "nd", "ng"]
ENDINGS = ["", "", "", "s", "ed", "ing", "er", "ly"]


def lexicon(rng: random.Random, size: int) -> list[str]:
    """Distinct made-up words, most frequent first."""
    found: dict[str, None] = {}
    while len(found) < size:
        syllables = rng.choice([1, 1, 2, 2, 2, 3])
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
        found[word + rng.choice(ENDINGS)] = None
    return list(found)


def manuscript(rng: random.Random, vocabulary: list[str], cumulative: list[float], chapters: int) -> str:
    """A reader's manuscript: chapter headings and paragraphs of Zipf-distributed words."""
    parts = []
    for number in range(1, chapters + 1):
        parts.append(f"Chapter {number}: {rng.choice(vocabulary).title()}")
        for _ in range(rng.randint(14, 22)):
            sentence_words = rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(70, 110))
            parts.append(" ".join(sentence_words).capitalize() + ".")
    return "\n".join(parts)


def main() -> None:
    rng = random.Random(4)
    vocabulary = lexicon(rng, 9000)
    cumulative = list(itertools.accumulate(1 / rank ** 1.05 for rank in range(1, len(vocabulary) + 1)))
    headwords = sorted(vocabulary[:3000])
    total_new = 0
    for book in range(1, 9):
        chapters = split_chapters(manuscript(rng, vocabulary, cumulative, chapters=12))
        titles = [title for title, _ in chapters]
        introduced = new_words_by_chapter([words(body) for _, body in chapters], headwords)
        notes = teacher_notes(titles, introduced)
        total_new += sum(len(fresh) for fresh in introduced)
        print(f"book {book}: {sum(len(fresh) for fresh in introduced)} new words, "
              f"chapters over 120: {over_limit(introduced, 120)}, notes {len(notes)} lines")
    print(f"series total: {total_new} new words")


if __name__ == "__main__":
    main()
