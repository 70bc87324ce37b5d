import pytest

from authormap.history import Commit, Contributor, FileChange
from authormap.mailmap import parse_mailmap, resolve
from authormap.stats import contributor_stats

MAILMAP = parse_mailmap("""
# people who changed jobs or mistyped their address
Jane Doe <jane@example.org>
<jane@example.org> <jane.doe@oldcorp.com>
Joe Bloggs <joe@example.org> joe <root@localhost>
""")


def test_resolve() -> None:
    assert resolve(MAILMAP, "jdoe", "JANE@example.org") == ("Jane Doe", "JANE@example.org")
    assert resolve(MAILMAP, "Jane D", "jane.doe@OLDCORP.com") == ("Jane D", "jane@example.org")
    assert resolve(MAILMAP, "joe", "root@localhost") == ("Joe Bloggs", "joe@example.org")
    assert resolve(MAILMAP, "alice", "root@localhost") == ("alice", "root@localhost")


def test_bad_mailmap_line() -> None:
    with pytest.raises(ValueError):
        parse_mailmap("Jane Doe jane@example.org\n")


def test_identities_are_merged() -> None:
    commits = [
        Commit("a1", "Jane Doe", "jane@example.org", (FileChange("src/app.py", 10, 2), FileChange("README", 1, 0))),
        Commit("a2", "jd", "jane.doe@oldcorp.com", (FileChange("src/app.py", 3, 3),)),
        Commit("a3", "joe", "root@localhost", (FileChange("docs/index.md", 5, 0),)),
    ]
    assert contributor_stats(commits, MAILMAP) == [
        Contributor("Jane Doe", "jane@example.org", 2, 14, 5, 2, ("src", "."), ("jane@example.org", "jane.doe@oldcorp.com")),
        Contributor("Joe Bloggs", "joe@example.org", 1, 5, 0, 1, ("docs",), ("root@localhost",)),
    ]


def test_ordering() -> None:
    commits = [Commit("1", "bob", "bob@x.org"), Commit("2", "Alice", "alice@x.org"), Commit("3", "carol", "c@x.org"),
               Commit("4", "carol", "c@x.org")]
    assert [person.name for person in contributor_stats(commits, parse_mailmap(""))] == ["carol", "Alice", "bob"]
