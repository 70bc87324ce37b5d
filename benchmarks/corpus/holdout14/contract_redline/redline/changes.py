"""Turn a reviewer's find-and-replace instructions into tracked changes."""

from __future__ import annotations

from typing import Sequence


def replace_all(text: str, old: str, new: str) -> list[tuple[int, int, str]]:
    """A tracked change for every non-overlapping occurrence of ``old`` in ``text``."""
    if not old:
        raise ValueError("nothing to replace")
    changes = []
    position = text.find(old)
    while position != -1:
        changes.append((position, position + len(old), new))
        position = text.find(old, position + len(old))
    return changes


def change_summary(text: str, changes: Sequence[tuple[int, int, str]]) -> dict[str, int]:
    """Characters deleted and inserted by a set of tracked changes."""
    return {
        "changes": len(changes),
        "deleted": sum(end - start for start, end, _ in changes),
        "inserted": sum(len(replacement) for _, _, replacement in changes),
    }
