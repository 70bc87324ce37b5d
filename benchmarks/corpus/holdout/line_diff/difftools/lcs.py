"""Line-based comparison of configuration files."""

from __future__ import annotations


class LineDiff:
    """Compare two versions of a file, line by line."""

    def __init__(self, old: list[str], new: list[str]) -> None:
        self.old = old
        self.new = new

    def common(self) -> list[str]:
        """The longest run of lines, in order, that both versions contain (not necessarily adjacent).

        When several runs are equally long, the one that skips old lines first wins.
        """
        old, new = self.old, self.new

        def longest(i: int, j: int) -> list[str]:
            if i == len(old) or j == len(new):
                return []
            if old[i] == new[j]:
                return [old[i]] + longest(i + 1, j + 1)
            skip_old = longest(i + 1, j)
            skip_new = longest(i, j + 1)
            return skip_old if len(skip_old) >= len(skip_new) else skip_new

        return longest(0, 0)

    def similarity(self) -> float:
        """Shared lines over the longer version's length (1.0 for two empty files)."""
        longest = max(len(self.old), len(self.new))
        return len(self.common()) / longest if longest else 1.0

    def removed(self) -> list[str]:
        """Old lines that are not part of the common run, in order."""
        kept = self.common()
        out = []
        for line in self.old:
            if kept and line == kept[0]:
                kept.pop(0)
            else:
                out.append(line)
        return out
