"""Strict equivalence tests for author_metrics (never shown to wattlens)."""

from __future__ import annotations

import copy
import random

import pytest
from citeindex.metrics import AuthorMetrics, author_metrics
from citeindex.records import Paper
from strict_support import assert_same

TARGET = "citeindex/metrics.py:author_metrics"


# --- verbatim copy of the original implementation and its helpers -------------------------

DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:")


def normalise_doi(raw):
    doi = raw.strip().lower()
    for prefix in DOI_PREFIXES:
        if doi.startswith(prefix):
            doi = doi[len(prefix):]
            break
    return doi.strip()


def find_paper(papers, doi):
    wanted = normalise_doi(doi)
    for paper in papers:
        if normalise_doi(paper.doi) == wanted:
            return paper
    return None


def h_index(counts):
    ranked = sorted(counts, reverse=True)
    return sum(1 for rank, count in enumerate(ranked, start=1) if count >= rank)


def reference(papers, since=None):
    eligible = [paper for paper in papers if since is None or paper.year >= since]
    cited_by = {id(paper): 0 for paper in eligible}
    self_cited = {id(paper): 0 for paper in eligible}
    for citing in eligible:
        seen = []
        for reference in citing.references:
            cited = find_paper(eligible, reference)
            if cited is None or cited is citing or id(cited) in seen:
                continue
            seen.append(id(cited))
            if set(cited.authors) & set(citing.authors):
                self_cited[id(cited)] += 1
            else:
                cited_by[id(cited)] += 1
    metrics = {}
    counts = {}
    for paper in eligible:
        for author in dict.fromkeys(paper.authors):
            entry = metrics.setdefault(author, AuthorMetrics(author))
            entry.papers += 1
            entry.citations += cited_by[id(paper)]
            entry.self_citations += self_cited[id(paper)]
            counts.setdefault(author, []).append(cited_by[id(paper)])
    for author, entry in metrics.items():
        entry.h_index = h_index(counts[author])
    return metrics


# --- cases -------------------------------------------------------------------------------

def paper(doi, year=2020, authors=("ann",), refs=()):
    return Paper(doi, f"Title of {doi}", year, list(authors), list(refs))


A = paper("10.1/a", 2015, ["ann"])
B = paper("10.1/b", 2018, ["bob"], ["10.1/a", "https://doi.org/10.1/A", "10.9/external"])
C = paper("10.1/c", 2021, ["ann", "cat"], ["doi:10.1/a", "10.1/b", "10.1/c", " 10.1/B "])
D = paper("10.1/d", 2022, ["dan", "bob"], ["10.1/c", "http://dx.doi.org/10.1/C", "10.1/b", "10.1/a"])
SHARED = paper("10.1/shared", 2020, ["eve"])
CORE = [A, B, C, D]

CASES = [
    ([],),
    ((),),
    ([], 2020),
    (CORE,),
    (tuple(CORE),),
    (CORE[::-1],),
    (CORE, 2016),
    (CORE, 2018),
    (CORE, 2022),
    (CORE, 2023),
    (CORE, 0),
    (CORE, -1),
    (CORE, 2018.5),
    (CORE, True),
    # self-references and repeated references
    ([paper("10.1/x", refs=["10.1/x", "10.1/X", "doi:10.1/x"])],),
    ([paper("10.1/x"), paper("10.1/y", authors=["bo"], refs=["10.1/x"] * 5)],),
    ([paper("10.1/x"), paper("10.1/y", authors=["bo"], refs=["10.1/x", "10.1/y", "10.1/x"])],),
    # duplicate DOIs: the first record wins
    ([paper("10.1/dup", 2019, ["ann"]), paper("10.1/DUP", 2020, ["bob"]),
      paper("10.1/z", 2021, ["cat"], ["10.1/dup"])],),
    ([paper("10.1/dup", 2019, ["ann"]), paper("10.1/DUP", 2020, ["bob"]),
      paper("10.1/z", 2021, ["cat"], ["10.1/dup"])], 2020),
    ([paper("10.1/dup", 2020, ["ann"], ["10.1/dup"]), paper("10.1/dup", 2020, ["bob"], ["10.1/dup"])],),
    ([paper("10.1/dup", 2020, ["ann"], ["10.1/dup"]), paper("10.1/dup", 2020, ["ann"], ["10.1/dup"])],),
    # the same record listed twice
    ([A, B, A, C],),
    ([SHARED, paper("10.1/q", authors=["fay"], refs=["10.1/shared"]), SHARED],),
    # authors: duplicates within a paper, empty lists, shared authors
    ([paper("10.1/x", authors=["ann", "ann", "bob"]), paper("10.1/y", authors=["cat"], refs=["10.1/x"])],),
    ([paper("10.1/x", authors=[]), paper("10.1/y", authors=["cat"], refs=["10.1/x"])],),
    ([paper("10.1/x", authors=["ann"]), paper("10.1/y", authors=[], refs=["10.1/x"])],),
    ([paper("10.1/x", authors=["ann", "bob"]), paper("10.1/y", authors=["bob", "cat"], refs=["10.1/x"])],),
    ([paper("10.1/x", authors=["Ann"]), paper("10.1/y", authors=["ann"], refs=["10.1/x"])],),
    ([paper("10.1/x", authors=["zoë", "Zoe", "ZOË"]), paper("10.1/y", authors=["ß"], refs=["10.1/X"])],),
    ([paper("10.1/x", authors=[1, 2]), paper("10.1/y", authors=[2.0, None], refs=["10.1/x"])],),
    # DOI spellings
    ([paper("10.1/x"), paper("10.1/y", authors=["bo"], refs=[p + "10.1/x" for p in
                                                         ["HTTPS://DOI.ORG/", "http://doi.org/", "https://dx.doi.org/",
                                                          "doi.org/", "DOI:", "doi: ", "doi:doi:", "https://doi.org/doi:",
                                                          "urn:", " \t", "\n"]])],),
    ([paper("doi:10.1/x"), paper("10.1/y", authors=["bo"], refs=["10.1/x"])],),
    ([paper("https://doi.org/10.1/x "), paper("10.1/y", authors=["bo"], refs=["doi.org/10.1/X"])],),
    ([paper(""), paper("10.1/y", authors=["bo"], refs=["", "   ", "doi:"])],),
    ([paper("10.1/İstanbul"), paper("10.1/y", authors=["bo"], refs=["10.1/istanbul", "10.1/İSTANBUL"])],),
    ([paper("10.1/straße"), paper("10.1/y", authors=["bo"], refs=["10.1/STRASSE", "10.1/STRAßE"])],),
    # h-index shapes
    ([paper(f"10.1/h{n}", authors=["star"]) for n in range(5)]
     + [paper(f"10.2/c{n}", authors=[f"fan{n}"], refs=[f"10.1/h{k}" for k in range(n + 1)]) for n in range(5)],),
    # invalid input
    ([paper(None, refs=["10.1/x"]), paper("10.1/x")],),
    ([paper("10.1/x", refs=[None])],),
    ([paper("10.1/x", refs=[42])],),
    ([paper("10.1/x", refs=["10.1/x"]), None],),
    ([Paper("10.1/x", "t", 2020, ["ann"], None)],),
    ([Paper("10.1/x", "t", 2020, None, [])],),
    ([Paper("10.1/x", "t", 2020, None, []), paper("10.1/y", refs=["10.1/x"])],),
    ([paper("10.1/x", authors=[["ann"]])],),
    ([paper("10.1/x", year=None)], 2020),
    ([paper("10.1/x", year="2020")], 2020),
    ([paper("10.1/x", year=None)],),
    (CORE, "2020"),
    (None,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(author_metrics, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(author_metrics, reference, since=2018, papers=CORE)


def test_papers_are_not_modified() -> None:
    papers = copy.deepcopy(CORE)
    before = copy.deepcopy(papers)
    author_metrics(papers, 2016)
    assert papers == before


def _random_cases():
    rng = random.Random(1905)
    styles = ["{d}", "{u}", "https://doi.org/{d}", "doi:{d}", " {d}\n", "http://dx.doi.org/{u}", "doi.org/{d}"]
    for index in range(170):
        staff = [f"s{n}" for n in range(rng.randint(1, 8))]
        count = rng.randint(0, 25)
        dois = [f"10.{rng.choice([1, 2, 3])}/p{rng.randint(0, count + 3) if index % 4 == 0 else n}" for n in range(count)]
        papers = []
        for n, doi in enumerate(dois):
            refs = []
            for _ in range(rng.randint(0, 8)):
                target = rng.choice(dois) if dois and rng.random() < 0.65 else f"10.99/ext{rng.randint(0, 5)}"
                refs.append(rng.choice(styles).format(d=target, u=target.upper()))
            papers.append(Paper(rng.choice(styles[:3]).format(d=doi, u=doi.upper()), f"P{n}", rng.randint(2010, 2024),
                                rng.sample(staff, rng.randint(0, min(3, len(staff)))), refs))
        if papers and index % 5 == 0:
            papers.append(rng.choice(papers))
        yield papers, rng.choice([None, None, 2012, 2015, 2018, 2020, 2023])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(author_metrics, reference, *case)


def test_large_repository() -> None:
    rng = random.Random(33)
    papers = [paper(f"10.5/r{n}", 2010 + n // 30, rng.sample([f"a{k}" for k in range(25)], rng.randint(1, 4)))
              for n in range(300)]
    for n, item in enumerate(papers):
        item.references = [rng.choice(["{}", "doi:{}", "https://doi.org/{}"]).format(
            papers[rng.randrange(n)].doi if n and rng.random() < 0.6 else f"10.7/x{rng.randint(0, 999)}")
            for _ in range(rng.randint(0, 12))]
    assert_same(author_metrics, reference, papers)
    assert_same(author_metrics, reference, papers, 2014)
