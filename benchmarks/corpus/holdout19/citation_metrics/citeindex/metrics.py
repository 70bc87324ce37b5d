"""Per-author citation metrics for the research-assessment return."""

from __future__ import annotations

from dataclasses import dataclass

from citeindex.records import Paper, find_paper


@dataclass
class AuthorMetrics:
    author: str
    papers: int = 0
    citations: int = 0  # citations from other papers in the repository
    self_citations: int = 0  # citing paper shares an author with the cited one
    h_index: int = 0


def h_index(counts: list[int]) -> int:
    ranked = sorted(counts, reverse=True)
    return sum(1 for rank, count in enumerate(ranked, start=1) if count >= rank)


def author_metrics(papers: list[Paper], since: int | None = None) -> dict[str, AuthorMetrics]:
    """Citation counts per author, counting only citations between repository papers.

    Papers published before ``since`` are left out, both as cited and as citing works.
    A reference that resolves to the citing paper itself, or repeats an earlier
    reference of the same paper, is ignored.
    """
    eligible = [paper for paper in papers if since is None or paper.year >= since]
    cited_by: dict[int, int] = {id(paper): 0 for paper in eligible}
    self_cited: dict[int, int] = {id(paper): 0 for paper in eligible}
    for citing in eligible:
        seen: list[int] = []
        for reference in citing.references:
            cited = find_paper(eligible, reference)
            if cited is None or cited is citing or id(cited) in seen:
                continue
            seen.append(id(cited))
            if set(cited.authors) & set(citing.authors):
                self_cited[id(cited)] += 1
            else:
                cited_by[id(cited)] += 1
    metrics: dict[str, AuthorMetrics] = {}
    counts: dict[str, list[int]] = {}
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
