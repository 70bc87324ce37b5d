"""Strict equivalence tests for first_releases (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from commitgraph.history import Commit, History
from commitgraph.releases import first_releases
from strict_support import assert_same

TARGET = "commitgraph/releases.py:first_releases"


# --- verbatim copy of the original implementation and its helpers -------------------------

@dataclass(frozen=True)
class RefCommit:
    sha: str
    parents: tuple


class RefHistory:
    def __init__(self, commits):
        self.commits = {commit.sha: commit for commit in commits}

    def ancestors(self, sha):
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

    def is_ancestor(self, ancestor, descendant):
        return ancestor in self.ancestors(descendant)


def reference_first_releases(history, tags, shas):
    result = {}
    for sha in shas:
        result[sha] = None
        for name, tagged in tags:
            if history.is_ancestor(sha, tagged):
                result[sha] = name
                break
    return result


# --- harness -----------------------------------------------------------------------------

def _run(function, history_cls, commit_cls, graph, steps):
    """graph: (sha, parents) pairs; steps: (commits fetched since, tags, shas) - each step adds the
    fetched commits to the same History object and asks again."""
    history = history_cls([commit_cls(sha, tuple(parents)) for sha, parents in graph])
    answers = []
    for fetched, tags, shas in steps:
        for sha, parents in fetched:
            history.commits[sha] = commit_cls(sha, tuple(parents))
        answers.append(function(history, tags, shas))
    return answers


def candidate(graph, steps):
    return _run(first_releases, History, Commit, graph, steps)


def reference(graph, steps):
    return _run(reference_first_releases, RefHistory, RefCommit, graph, steps)


# --- cases -------------------------------------------------------------------------------

#   a - b - c ----- f - g
#        \         /
#         d - e --'
DIAMOND = [("f", "ce"), ("e", "d"), ("d", "b"), ("c", "b"), ("b", "a"), ("a", ""), ("g", "f")]
TAGS = [("v1", "c"), ("v2", "f"), ("v3", "g")]
ALL = ["a", "b", "c", "d", "e", "f", "g"]


def one(graph, tags, shas):
    return (graph, [([], tags, shas)])


CASES = [
    one([], [], []),
    one([], [], ["a"]),
    one([], [("v1", "a")], ["a"]),
    one([], [("v1", "a")], ["b"]),
    one(DIAMOND, [], ALL),
    one(DIAMOND, TAGS, []),
    one(DIAMOND, TAGS, ALL),
    one(DIAMOND, TAGS, ALL[::-1]),
    one(DIAMOND, TAGS[::-1], ALL),
    one(DIAMOND, [("v2", "f"), ("v1", "c")], ALL),
    one(DIAMOND, [("v1", "c"), ("v1", "f")], ALL),
    one(DIAMOND, [("v1", "c"), ("v1-again", "c"), ("v2", "f")], ALL),
    one(DIAMOND, [("side", "e"), ("v1", "c")], ALL),
    one(DIAMOND, [("gone", "zzz"), ("v1", "c")], ALL + ["zzz", "yyy"]),
    one(DIAMOND, TAGS, ["a", "a", "e", "a"]),
    one(DIAMOND, TAGS, ("a", "d")),
    one(DIAMOND, TAGS, {"g": 1, "a": 2}),
    one(DIAMOND, tuple(TAGS), ALL),
    one(DIAMOND, [["v1", "c"], ["v2", "f"]], ALL),
    one(DIAMOND, [("", "c")], ALL),
    one(DIAMOND, [(None, "c"), (0, "f")], ALL),
    one(DIAMOND, [("v1", "")], ["", "a"]),
    one([("b", ["a", "missing"]), ("a", [])], [("v1", "b")], ["a", "b", "missing", "other"]),
    one([("b", ["a"])], [("v1", "b")], ["a", "b"]),
    one([("a", ["b"]), ("b", ["a"])], [("v1", "a")], ["a", "b", "c"]),
    one([("a", ["a"])], [("v1", "a")], ["a"]),
    one([("m", ["x", "x", "y"]), ("x", ["y"]), ("y", [])], [("v1", "x"), ("v2", "m")], ["m", "x", "y"]),
    one([("a", []), ("a", ["b"]), ("b", [])], [("v1", "a")], ["a", "b"]),
    one([("é", []), ("日本", ["é"])], [("версия-1", "日本")], ["é", "日本"]),
    one([(1, []), (2, [1]), (3, [2])], [("v1", 2), ("v2", 3)], [1, 2, 3, 1.0, True]),
    one([((0, "x"), []), ((1, "y"), [(0, "x")])], [("v1", (1, "y"))], [(0, "x"), (1, "y")]),
    one([(f"c{n}", [f"c{n - 1}"] if n else []) for n in range(300)], [(f"r{k}", f"c{k * 50}") for k in range(6)],
        [f"c{n}" for n in range(0, 300, 7)]),
    # several questions to the same History object, with commits fetched in between
    (DIAMOND, [([], TAGS, ALL), ([("h", "g")], TAGS + [("v4", "h")], ALL + ["h"])]),
    (DIAMOND, [([], TAGS, ["e"]), ([("e2", "e"), ("g", "fe2")], TAGS, ["e", "e2", "g"])]),
    (DIAMOND, [([], [("v3", "g")], ["d"]), ([("g", "c")], [("v3", "g")], ["d", "c"])]),
    (DIAMOND, [([], TAGS, ["h"]), ([("h", "a"), ("g", "fh")], TAGS, ["h"])]),
    ([], [([], [("v1", "b")], ["a"]), ([("b", "a")], [("v1", "b")], ["a"])]),
    (DIAMOND, [([], TAGS, ALL), ([], TAGS, ALL), ([], TAGS[:1], ALL)]),
    # invalid input
    one(DIAMOND, TAGS, None),
    one(DIAMOND, None, ALL),
    one(DIAMOND, None, []),
    one(DIAMOND, [("v1",)], ["a"]),
    one(DIAMOND, [("v1", "c", "x")], ["a"]),
    one(DIAMOND, ["v1"], ["a"]),
    one(DIAMOND, [("v1", ["c"])], ["a"]),
    one(DIAMOND, TAGS, [["a"]]),
    one(DIAMOND, [], [["a"]]),
    one([("b", [["a"]])], [("v1", "b")], ["a"]),
    one([("b", 5)], [("v1", "b")], ["a"]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(candidate, reference, *case)


def test_keyword_arguments_and_no_mutation() -> None:
    history = History([Commit(sha, tuple(parents)) for sha, parents in DIAMOND])
    tags, shas = list(TAGS), list(ALL)
    assert first_releases(shas=shas, tags=tags, history=history) == {
        "a": "v1", "b": "v1", "c": "v1", "d": "v2", "e": "v2", "f": "v2", "g": "v3"}
    assert tags == TAGS and shas == ALL
    assert set(history.commits) == set(ALL)
    assert history.ancestors("c") == {"a", "b", "c"}


def _random_graph(rng, size):
    names = [f"{rng.getrandbits(24):06x}" for _ in range(size)]
    graph = []
    for index, sha in enumerate(names):
        if index == 0 or rng.random() < 0.05:
            parents = []
        else:
            parents = [names[rng.randrange(max(0, index - 6), index)]]
            if rng.random() < 0.3:
                parents.append(names[rng.randrange(index)])
            if rng.random() < 0.05:
                parents.append("missing")
        graph.append((sha, parents))
    return names, graph


def _random_cases():
    rng = random.Random(77)
    for index in range(170):
        names, graph = _random_graph(rng, rng.choice([0, 1, 3, 8, 20, 40, 80]))
        pool = names + ["missing", "unknown"]
        tags = [(f"v{k}", rng.choice(pool)) for k in range(rng.randint(0, 6))]
        if index % 3 == 0 and names:
            tags.sort(key=lambda tag: names.index(tag[1]) if tag[1] in names else -1)
        shas = [rng.choice(pool) for _ in range(rng.randint(0, 12))]
        steps = [([], tags, shas)]
        if index % 8 == 0 and names:
            extra = [(f"new{k}", [rng.choice(names)]) for k in range(3)]
            steps.append((extra, tags + [("vnext", "new2")], shas + ["new0", "new1"]))
        rng.shuffle(graph)
        yield graph, steps


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(candidate, reference, *case)


def test_large_history() -> None:
    rng = random.Random(3)
    names, graph = _random_graph(rng, 1500)
    tags = [(f"v{k}", names[k * 60 + 59]) for k in range(25)]
    shas = rng.sample(names, 120) + ["absent"]
    assert_same(candidate, reference, graph, [([], tags, shas)])
