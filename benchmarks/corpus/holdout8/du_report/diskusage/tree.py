"""Per-directory disk usage from a flat listing of (path, size) pairs."""

from __future__ import annotations

from typing import Iterable


def parent_directories(path: str) -> list[str]:
    """'/var/log/syslog' -> ['/', '/var', '/var/log'] (the file itself is not included)."""
    parts = path.strip("/").split("/")
    return ["/" + "/".join(parts[:depth]) for depth in range(len(parts))]


def directory_totals(files: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Total size of the files beneath every directory that contains a file, keyed by
    directory in sorted order. Raises ValueError for a negative size."""
    files = list(files)
    directories: list[str] = []
    for path, size in files:
        if size < 0:
            raise ValueError(f"negative size {size} for {path}")
        for directory in parent_directories(path):
            if directory not in directories:
                directories.append(directory)

    totals: dict[str, int] = {}
    for directory in sorted(directories):
        prefix = directory.rstrip("/") + "/"
        totals[directory] = sum(size for path, size in files if path.startswith(prefix))
    return totals


def human(size: int) -> str:
    for unit in ("B", "K", "M", "G"):
        if size < 1024:
            return f"{size:.0f}{unit}" if unit == "B" else f"{size:.1f}{unit}"
        size /= 1024
    return f"{size:.1f}T"


def largest(files: Iterable[tuple[str, int]], limit: int = 10) -> list[str]:
    """The ``limit`` biggest directories as 'SIZE  PATH' lines."""
    totals = directory_totals(files)
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [f"{human(size):>8}  {directory}" for directory, size in ranked]
