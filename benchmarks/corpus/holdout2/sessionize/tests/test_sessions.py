import pytest

from clickstream.sessions import PageView, Session, build_sessions


def test_long_pause_starts_a_new_session() -> None:
    views = [PageView("ann", 0, "/"), PageView("ann", 600, "/cart"), PageView("ann", 5000, "/")]
    assert build_sessions(views) == [Session("ann", 0, 600, ["/", "/cart"]), Session("ann", 5000, 5000, ["/"])]


def test_users_are_kept_apart_in_order_of_first_view() -> None:
    views = [PageView("bob", 10, "/a"), PageView("ann", 5, "/b"), PageView("bob", 20, "/c")]
    assert build_sessions(views) == [Session("bob", 10, 20, ["/a", "/c"]), Session("ann", 5, 5, ["/b"])]


def test_views_are_sorted_by_time() -> None:
    views = [PageView("ann", 100, "/late"), PageView("ann", 50, "/early")]
    assert build_sessions(views, gap=60) == [Session("ann", 50, 100, ["/early", "/late"])]


def test_empty() -> None:
    assert build_sessions([]) == []


def test_negative_gap() -> None:
    with pytest.raises(ValueError):
        build_sessions([], gap=-1)
