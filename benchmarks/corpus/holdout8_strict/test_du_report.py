"""Strict equivalence tests for directory_totals (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from diskusage.tree import directory_totals
from strict_support import assert_same

TARGET = "diskusage/tree.py:directory_totals"


def _parents(path):
    parts = path.strip("/").split("/")
    return ["/" + "/".join(parts[:depth]) for depth in range(len(parts))]


def reference(files):
    files = list(files)
    directories = []
    for path, size in files:
        if size < 0:
            raise ValueError(f"negative size {size} for {path}")
        for directory in _parents(path):
            if directory not in directories:
                directories.append(directory)
    totals = {}
    for directory in sorted(directories):
        prefix = directory.rstrip("/") + "/"
        totals[directory] = sum(size for path, size in files if path.startswith(prefix))
    return totals


CASES = [
    [],
    [("/top.txt", 5)],
    [("/a/b/c.txt", 1)],
    [("/a/b/c.txt", 1), ("/a/b/c.txt", 1)],
    [("/a/x", 1), ("/a/y", 2), ("/b/z", 4)],
    [("/data/x", 1), ("/database/y", 2), ("/data2/z", 4)],
    [("/a/b", 0), ("/a/c", 0)],
    [("relative/file.txt", 3)],
    [("relative/file.txt", 3), ("/relative/other", 4)],
    [("file.txt", 7)],
    [("", 1)],
    [("/", 1)],
    [("///", 2), ("//x", 3)],
    [("/a//b", 1), ("/a/c", 2)],
    [("/a/b/", 1), ("/a/b", 2)],
    [("/dir/sub/", 5)],
    [("/Music/Beyonc\u00e9/track 01.mp3", 4_000_000), ("/Music/beyonce/x", 1)],
    [("/logs/app.log\n", 10), ("/logs /x", 20), ("/logs/ y", 30)],
    [("/\u65e5\u672c/\u30d5\u30a1\u30a4\u30eb", 9), ("/\u65e5\u672c\u8a9e/x", 1)],
    [("/a/b", 2 ** 70), ("/a/c", 1)],
    [("/a/b", 0.1), ("/a/c", 0.2), ("/a/d", 0.3), ("/e", 1e16), ("/a/f", 1)],
    [("/a/b", 1), ("/a/c", 2.5)],
    [("/a/b", True), ("/a/c", 2)],
    [("/a", -1)],
    [("/a", 1), ("/b", -5), ("/c", -6)],
    [("/a", 1), ("/b", None)],
    [("/a", 1, "extra")],
    [("/a",)],
    [(None, 1)],
    [(b"/a/b", 1)],
    [(["/a"], 1)],
    [("/a/b", 1), (5, 1)],
    (("/tuple/input", 1), ("/tuple/x", 2)),
    [["/list/pair", 3]],
]


def _random():
    rng = random.Random(606)
    pieces = ["a", "b", "ab", "a b", "", "\u00e9", "c.d"]
    for _ in range(150):
        files = []
        for _ in range(rng.randint(0, 12)):
            path = "/".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
            if rng.random() < 0.85:
                path = "/" + path
            if rng.random() < 0.1:
                path += "/"
            files.append((path, rng.randint(0, 1000)))
        yield files


@pytest.mark.parametrize("files", CASES + list(_random()))
def test_same_as_reference(files) -> None:
    assert_same(directory_totals, reference, files)


@pytest.mark.parametrize("files", [c for c in CASES if c])
def test_same_error_message(files) -> None:
    def message(function):
        try:
            return ("ok", function(list(files)))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(directory_totals) == message(reference)


def test_keyword_argument() -> None:
    assert_same(directory_totals, reference, files=[("/k/w", 1)])


def test_generator_input() -> None:
    files = [("/g/a", 1), ("/g/b/c", 2), ("/h", 4)]
    assert directory_totals(f for f in files) == reference(files)
    assert directory_totals(iter(files)) == reference(files)


def test_keys_sorted_and_result_fresh() -> None:
    result = directory_totals([("/z/y", 1), ("/b/a", 2), ("/B/c", 3)])
    assert list(result) == sorted(result)
    result["/"] = 0
    assert directory_totals([("/z/y", 1)])["/"] == 1


def test_input_not_mutated() -> None:
    files = [("/a/b", 1), ["/c", 2]]
    directory_totals(files)
    assert files == [("/a/b", 1), ["/c", 2]]


def test_float_totals_add_in_listing_order() -> None:
    files = [("/f/a", 1e16), ("/f/b", 1.0), ("/f/c", 1.0), ("/g", -0.0), ("/f/d", 0.1)]
    assert_same(directory_totals, reference, files)


def test_a_build_server() -> None:
    rng = random.Random(4)
    files = []
    for number in range(1500):
        depth = "/".join(f"d{rng.randint(0, 4)}" for _ in range(rng.randint(0, 4)))
        files.append((f"/srv/p{rng.randint(0, 9)}/{depth}/f{number}".replace("//", "/"), rng.randint(0, 10 ** 9)))
    assert_same(directory_totals, reference, files)
