"""Link the glossary into every list item of the operations handbook."""

import random

from docsite.glossary import link_terms


def main() -> None:
    rng = random.Random(13)
    syllables = ["ka", "lo", "mi", "ne", "sor", "tan", "vex", "qui", "dra", "pel", "um", "zo"]
    words = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(3000)]
    glossary = {}
    while len(glossary) < 600:
        term = " ".join(rng.choice(words) for _ in range(rng.choice((1, 1, 1, 2))))
        glossary.setdefault(term, f"/glossary/{len(glossary) + 1}")
    paragraphs = [" ".join(rng.choice(words).capitalize() if rng.random() < 0.1 else rng.choice(words)
                           for _ in range(rng.randint(6, 20))) + "." for _ in range(110)]
    linked = link_terms(paragraphs, glossary)
    print(sum(p.count("](") for p in linked), linked[0][:120])


if __name__ == "__main__":
    main()
