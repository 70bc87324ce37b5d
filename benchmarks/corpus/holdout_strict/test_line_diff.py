"""Strict equivalence tests for LineDiff.common (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from difftools.lcs import LineDiff
from strict_support import assert_same

TARGET = "difftools/lcs.py:LineDiff.common"


def reference(self):
    old, new = self.old, self.new

    def longest(i, j):
        if i == len(old) or j == len(new):
            return []
        if old[i] == new[j]:
            return [old[i]] + longest(i + 1, j + 1)
        skip_old = longest(i + 1, j)
        skip_new = longest(i, j + 1)
        return skip_old if len(skip_old) >= len(skip_new) else skip_new

    return longest(0, 0)


D = LineDiff
CASES = [
    D([], []),
    D(["a"], []),
    D([], ["a"]),
    D(["a"], ["a"]),
    D(["a"], ["b"]),
    D(["a", "b"], ["b", "a"]),
    D(["b", "a"], ["a", "b"]),
    D(["a", "b", "c"], ["c", "b", "a"]),
    D(["a", "a", "a"], ["a", "a"]),
    D(["a", "b", "a", "b"], ["b", "a", "b", "a"]),
    D(["x", "a", "y", "b"], ["a", "x", "b", "y"]),
    D(["a", "b", "c", "d"], ["a", "b", "c", "d"]),
    D(["a", "b", "c", "d"], ["d", "c", "b", "a"]),
    D(["1", "2", "3", "4", "5", "6"], ["2", "1", "4", "3", "6", "5"]),
    D(["a = 1\n", "b = 2\n"], ["a = 1", "b = 2\n"]),
    D(["", "", "x", ""], ["", "x", "", ""]),
    D([" a", "a ", "a"], ["a", " a"]),
    D(["é", "e\u0301", "ß"], ["e\u0301", "é", "ss", "ß"]),
    D(["東京", "大阪"], ["大阪", "東京"]),
    D(["#", "# comment", "key = v"], ["key = v", "#", "# comment"]),
    D(["p", "q", "r", "s", "t"], ["t", "s", "r", "q", "p", "r"]),
    D(["a", "b", "c", "a", "b", "c"], ["c", "b", "a", "c", "b", "a"]),
]


def _random():
    rng = random.Random(41)
    for _ in range(50):
        alphabet = "ab" if rng.random() < 0.4 else "abcde"
        old = [rng.choice(alphabet) for _ in range(rng.randrange(0, 9))]
        new = [rng.choice(alphabet) for _ in range(rng.randrange(0, 9))]
        yield D(old, new)


@pytest.mark.parametrize("diff", CASES + list(_random()))
def test_same_as_reference(diff) -> None:
    assert_same(LineDiff.common, reference, diff)


def test_results_are_fresh_lists() -> None:
    diff = LineDiff(["a", "b", "c"], ["a", "c"])
    first = diff.common()
    first.append("junk")
    assert diff.common() == ["a", "c"]
    assert diff.removed() == ["b"] and diff.removed() == ["b"]
    assert vars(diff) == {"old": ["a", "b", "c"], "new": ["a", "c"]}


def test_changes_to_the_versions_are_seen() -> None:
    diff = LineDiff(["a", "b"], ["b"])
    assert diff.common() == ["b"]
    diff.new.append("a")
    diff.old.append("z")
    assert diff.common() == ["b"]
    diff.new = ["a", "z"]
    assert diff.common() == ["a", "z"]
