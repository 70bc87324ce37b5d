"""Build the citation table for the department's research-assessment submission."""

import random

from citeindex.metrics import author_metrics
from citeindex.records import Paper

STYLES = ["{doi}", "https://doi.org/{doi}", "doi:{doi}", "{upper}", "http://dx.doi.org/{doi}", " {doi} "]


def repository(rng, count, staff):
    papers = []
    for number in range(count):
        year = 2012 + number * 12 // count
        doi = f"10.{rng.choice([1016, 1038, 1103, 1371, 1093])}/j.phys.{year}.{number:05d}"
        team = rng.sample(staff, rng.choice([1, 2, 2, 3, 3, 4, 5]))
        papers.append(Paper(doi, f"Paper {number}", year, team))
    for index, paper in enumerate(papers):
        references = []
        for _ in range(rng.randint(6, 22)):
            if index and rng.random() < 0.5:
                cited = papers[rng.randrange(max(0, index - 150), index)].doi
            else:
                cited = f"10.{rng.randint(1000, 9999)}/ext.{rng.randint(1, 10 ** 6)}"
            style = rng.choice(STYLES)
            references.append(style.format(doi=cited, upper=cited.upper()))
        paper.references = references
    return papers


def main() -> None:
    rng = random.Random(2014)
    staff = [f"staff{number:03d}" for number in range(70)]
    papers = repository(rng, 760, staff)
    metrics = author_metrics(papers, since=2014)
    ranked = sorted(metrics.values(), key=lambda entry: (-entry.h_index, -entry.citations, entry.author))
    print("papers", len(papers), "authors", len(metrics))
    print("citations", sum(entry.citations for entry in metrics.values()),
          "self", sum(entry.self_citations for entry in metrics.values()))
    for entry in ranked[:5]:
        print(" ", entry)


if __name__ == "__main__":
    main()
