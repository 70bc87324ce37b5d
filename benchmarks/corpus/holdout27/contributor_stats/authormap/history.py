"""Commits as exported by ``git log --numstat``, and the per-contributor totals."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FileChange:
    """Lines added and deleted in one file by one commit (binary files count as zero lines)."""

    path: str
    added: int
    deleted: int


@dataclass(frozen=True)
class Commit:
    """One commit: its hash, the author as recorded, and the files it changed."""

    sha: str
    author_name: str
    author_email: str
    changes: tuple[FileChange, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Contributor:
    """Totals for one person after mailmap merging.

    ``files`` is the number of distinct paths touched, ``areas`` the top-level directories
    touched in the order first seen (``.`` for files at the repository root), and ``emails``
    the distinct addresses the person committed with, as recorded, in the order first seen.
    """

    name: str
    email: str
    commits: int
    added: int
    deleted: int
    files: int
    areas: tuple[str, ...]
    emails: tuple[str, ...]
