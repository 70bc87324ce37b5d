"""Which release first shipped a commit."""

from __future__ import annotations

from commitgraph.history import History


def first_releases(history: History, tags: list[tuple[str, str]], shas: list[str]) -> dict[str, str | None]:
    """For each commit, the first tag (in the order given, oldest release first) that contains it.

    ``tags`` holds (tag name, tagged commit) pairs. Commits that no release contains yet map
    to None.
    """
    result: dict[str, str | None] = {}
    for sha in shas:
        result[sha] = None
        for name, tagged in tags:
            if history.is_ancestor(sha, tagged):
                result[sha] = name
                break
    return result


def advisory_table(history: History, tags: list[tuple[str, str]], fixes: dict[str, str]) -> list[str]:
    """Lines ``CVE-id: fixed in <tag>`` for the security advisories page."""
    shipped = first_releases(history, tags, list(fixes.values()))
    return [f"{cve}: fixed in {shipped[sha] or 'unreleased'}" for cve, sha in sorted(fixes.items())]
