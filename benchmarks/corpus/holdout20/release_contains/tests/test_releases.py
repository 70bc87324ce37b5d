from commitgraph.history import Commit, History, parse_log
from commitgraph.releases import advisory_table, first_releases

#   a - b - c ----- f (v2)
#        \         /
#         d - e --'      (v1 at c)
LOG = ["f c e", "e d", "d b", "c b", "b a", "a"]


def history():
    return History(parse_log(LOG))


def test_parse_log() -> None:
    assert parse_log(["x y z", "", "y"]) == [Commit("x", ("y", "z")), Commit("y", ())]


def test_ancestors() -> None:
    assert history().ancestors("c") == {"a", "b", "c"}
    assert history().ancestors("f") == {"a", "b", "c", "d", "e", "f"}


def test_shallow_clone_parents() -> None:
    h = History([Commit("b", ("a",))])
    assert h.ancestors("b") == {"a", "b"}
    assert h.ancestors("zzz") == {"zzz"}


def test_is_ancestor() -> None:
    h = history()
    assert h.is_ancestor("d", "f")
    assert not h.is_ancestor("d", "c")
    assert h.is_ancestor("c", "c")


def test_first_releases() -> None:
    tags = [("v1", "c"), ("v2", "f")]
    assert first_releases(history(), tags, ["b", "e", "f", "x"]) == {"b": "v1", "e": "v2", "f": "v2", "x": None}


def test_no_tags() -> None:
    assert first_releases(history(), [], ["a"]) == {"a": None}


def test_advisory_table() -> None:
    table = advisory_table(history(), [("v1", "c"), ("v2", "f")], {"CVE-2024-2": "e", "CVE-2024-1": "b", "CVE-2024-9": "zz"})
    assert table == ["CVE-2024-1: fixed in v1", "CVE-2024-2: fixed in v2", "CVE-2024-9: fixed in unreleased"]
