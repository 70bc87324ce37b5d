"""Production step: regenerate the index of a 400-page technical manuscript."""

import random

from indexer.terms import build_index, format_index

VOCABULARY = (
    "the of and to in a is that for it as was with be by on not he this are or his from at which "
    "but have an they you were her she there been one all we their has would when if so no what "
    "said who more about up out them into some could time than other only then its two first may"
).split()


def main() -> None:
    rng = random.Random(451)
    jargon = [f"{rng.choice(['proto', 'micro', 'hyper', 'meta', 'neuro'])}{rng.choice(['graph', 'lith', 'morph', 'scope', 'phase'])}{n}" for n in range(300)]
    pages = []
    for _ in range(400):
        words = [rng.choice(jargon) if rng.random() < 0.06 else rng.choice(VOCABULARY) for _ in range(280)]
        for position in range(0, len(words), 14):
            words[position] = words[position].capitalize()
            words[position - 1] += rng.choice([".", ",", ";", ""])
        pages.append(" ".join(words))
    terms = rng.sample(jargon, 120) + ["Hyperscope", "appendix"]
    index = build_index(pages, terms)
    text = format_index(index)
    print(len(index), sum(len(v) for v in index.values()), len(text))


if __name__ == "__main__":
    main()
