"""Conflict-of-interest detection between papers and reviewers."""

from __future__ import annotations

from confreview.people import Paper, Reviewer, email_domain, normalise_name, normalise_org


def find_conflicts(papers: list[Paper], reviewers: list[Reviewer],
                   coauthorships: list[tuple[str, str, int]], since: int) -> dict[int, list[tuple[str, str]]]:
    """Conflicted reviewers per paper, as (reviewer_id, reason) sorted by reviewer id.

    A reviewer conflicts with a paper when, for any author, in this order of precedence:
    'author' - they are the author (same normalised name or same e-mail address);
    'institution' - they share a (normalised) affiliation;
    'coauthor' - they published together in ``since`` or later (``coauthorships`` holds
    (name, name, year) records from the bibliography database, in either order);
    'domain' - their e-mail addresses share an institutional domain.
    Papers without conflicts are left out.
    """
    pairs = [(normalise_name(a), normalise_name(b), year) for a, b, year in coauthorships]
    conflicts: dict[int, list[tuple[str, str]]] = {}
    for paper in papers:
        found = []
        for reviewer in reviewers:
            reason = None
            for label in ("author", "institution", "coauthor", "domain"):
                for author in paper.authors:
                    if label == "author":
                        hit = (normalise_name(author.name) == normalise_name(reviewer.name)
                               or author.email.strip().casefold() == reviewer.email.strip().casefold())
                    elif label == "institution":
                        hit = normalise_org(author.affiliation) in [normalise_org(org) for org in reviewer.affiliations]
                    elif label == "coauthor":
                        mine, theirs = normalise_name(reviewer.name), normalise_name(author.name)
                        hit = any(year >= since and ((a == mine and b == theirs) or (a == theirs and b == mine))
                                  for a, b, year in pairs)
                    else:
                        domain = email_domain(author.email)
                        hit = domain is not None and domain == email_domain(reviewer.email)
                    if hit:
                        reason = label
                        break
                if reason:
                    break
            if reason:
                found.append((reviewer.reviewer_id, reason))
        if found:
            conflicts[paper.paper_id] = sorted(found)
    return conflicts
