"""Publication records as exported from the institutional repository."""

from __future__ import annotations

from dataclasses import dataclass, field

DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:")


@dataclass
class Paper:
    doi: str
    title: str
    year: int
    authors: list[str] = field(default_factory=list)  # staff usernames, in author order
    references: list[str] = field(default_factory=list)  # DOIs as typed into the reference list


def normalise_doi(raw: str) -> str:
    """DOIs are case-insensitive and often pasted as URLs or with a 'doi:' prefix."""
    doi = raw.strip().lower()
    for prefix in DOI_PREFIXES:
        if doi.startswith(prefix):
            doi = doi[len(prefix):]
            break
    return doi.strip()


def find_paper(papers: list[Paper], doi: str) -> Paper | None:
    """The first repository record with this DOI, if the cited work is one of ours."""
    wanted = normalise_doi(doi)
    for paper in papers:
        if normalise_doi(paper.doi) == wanted:
            return paper
    return None
