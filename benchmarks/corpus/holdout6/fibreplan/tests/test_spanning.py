import pytest

from netplan.links import read_links
from netplan.spanning import DisconnectedError, plan_cabling


def test_read_links() -> None:
    text = "from,to,cost\nlib, gym ,12.5\n\nlab,lib,3\n"
    assert read_links(text) == [("lib", "gym", 12.5), ("lab", "lib", 3.0)]
    with pytest.raises(ValueError):
        read_links("a,b\n")


def test_triangle_drops_most_expensive() -> None:
    chosen, total = plan_cabling([("a", "b", 1), ("b", "c", 2), ("a", "c", 5)])
    assert chosen == [("a", "b", 1), ("b", "c", 2)]
    assert total == 3


def test_names_sorted_in_output() -> None:
    chosen, _ = plan_cabling([("zoo", "arts", 4)])
    assert chosen == [("arts", "zoo", 4)]


def test_empty() -> None:
    assert plan_cabling([]) == ([], 0)


def test_disconnected() -> None:
    with pytest.raises(DisconnectedError, match="cannot reach: x, y"):
        plan_cabling([("a", "b", 1), ("x", "y", 1)])


def test_ties_by_name() -> None:
    chosen, total = plan_cabling([("a", "c", 1), ("a", "b", 1), ("b", "c", 1)])
    assert chosen == [("a", "b", 1), ("a", "c", 1)]
    assert total == 2
