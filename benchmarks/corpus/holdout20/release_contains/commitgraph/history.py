"""A repository's commit graph, as exported with ``git log --format='%H %P'``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Commit:
    sha: str
    parents: tuple[str, ...]


def parse_log(lines: Iterable[str]) -> list[Commit]:
    commits = []
    for line in lines:
        fields = line.split()
        if fields:
            commits.append(Commit(fields[0], tuple(fields[1:])))
    return commits


class History:
    def __init__(self, commits: Iterable[Commit]) -> None:
        self.commits = {commit.sha: commit for commit in commits}

    def ancestors(self, sha: str) -> set[str]:
        """``sha`` and every commit reachable from it through parent links.

        Parents missing from the export (a shallow clone) are included but not followed.
        """
        seen = {sha}
        stack = [sha]
        while stack:
            commit = self.commits.get(stack.pop())
            if commit is None:
                continue
            for parent in commit.parents:
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        return seen

    def is_ancestor(self, ancestor: str, descendant: str) -> bool:
        """Like ``git merge-base --is-ancestor``: is ``ancestor`` reachable from ``descendant``?"""
        return ancestor in self.ancestors(descendant)
