"""Load a research group's shared bibliography and list its citations."""

import random

from bibtools.cite import short_citation
from bibtools.parser import parse_bibtex


def main() -> None:
    rng = random.Random(1984)
    surnames = ["Knuth", "Lamport", "Dijkstra", "Hoare", "Liskov", "Hopper", "Ritchie", "Thompson", "Wirth", "Backus"]
    words = ["efficient", "parallel", "algorithms", "for", "the", "analysis", "of", "{B}-trees", "networks", "semantics"]
    chunks = ["% shared bibliography, do not edit by hand\n"]
    for number in range(3500):
        authors = " and ".join(f"{rng.choice(surnames)}, {chr(65 + rng.randrange(26))}." for _ in range(rng.randint(1, 4)))
        title = " ".join(rng.choice(words) for _ in range(rng.randint(4, 12)))
        kind = rng.choice(["article", "inproceedings", "book", "techreport"])
        chunks.append(
            f"@{kind}{{ref{number},\n  author = {{{authors}}},\n  title = {{{title}}},\n"
            f"  year = {rng.randint(1960, 2024)},\n  pages = \"{rng.randint(1, 300)}--{rng.randint(301, 600)}\",\n"
            f"  publisher = {{Example Press}}\n}}\n\n"
        )
    entries = parse_bibtex("".join(chunks))
    citations = [short_citation(entry) for entry in entries]
    print(len(entries), citations[0], citations[-1])


if __name__ == "__main__":
    main()
