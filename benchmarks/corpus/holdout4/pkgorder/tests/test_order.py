import pytest

from depsolve.order import CycleError, install_order, parse_requirements


def test_dependencies_come_first() -> None:
    order = install_order({"app": ["web", "db"], "web": ["http"], "db": [], "http": []})
    assert order.index("http") < order.index("web") < order.index("app")
    assert order.index("db") < order.index("app")


def test_alphabetical_when_free_to_choose() -> None:
    assert install_order({"c": [], "a": [], "b": ["c"]}) == ["a", "c", "b"]


def test_cycle() -> None:
    with pytest.raises(CycleError):
        install_order({"a": ["b"], "b": ["a"], "c": []})


def test_unknown_dependency() -> None:
    with pytest.raises(KeyError):
        install_order({"a": ["missing"]})


def test_parse_requirements() -> None:
    text = "app: web, db  # main\n\nweb: http\nhttp:\ndb:\n"
    assert parse_requirements(text) == {"app": ["web", "db"], "web": ["http"], "http": [], "db": []}
