import pytest

from diskusage.tree import directory_totals, human, largest, parent_directories


def test_parent_directories() -> None:
    assert parent_directories("/var/log/syslog") == ["/", "/var", "/var/log"]
    assert parent_directories("/top.txt") == ["/"]


def test_totals() -> None:
    files = [("/var/log/a", 10), ("/var/log/b", 5), ("/var/tmp/c", 1), ("/etc/hosts", 2)]
    assert directory_totals(files) == {"/": 18, "/etc": 2, "/var": 16, "/var/log": 15, "/var/tmp": 1}


def test_sibling_prefix_not_counted() -> None:
    totals = directory_totals([("/data/x", 1), ("/database/y", 2)])
    assert totals["/data"] == 1


def test_negative_size() -> None:
    with pytest.raises(ValueError):
        directory_totals([("/a", -1)])


def test_largest() -> None:
    lines = largest([("/a/b", 2048), ("/c", 1)], limit=2)
    assert lines == ["    2.0K  /", "    2.0K  /a"]
    assert human(5) == "5B"
