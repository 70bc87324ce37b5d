import pytest

from pistemap.routes import Piste, route_summary

RESORT = [
    Piste("1", "Top", "Mid", 1200, "red"),
    Piste("2", "Top", "Mid", 1500, "blue"),
    Piste("3", "Mid", "Base", 800, "blue"),
    Piste("4", "Mid", "Base", 900, "black"),
    Piste("5", "Top", "Base", 3000, "black"),
]


def test_counts_routes() -> None:
    summary = route_summary(RESORT, "Base")
    assert summary["Top"] == {"routes": 5, "shortest_m": 2000, "longest_m": 3000}
    assert summary["Mid"] == {"routes": 2, "shortest_m": 800, "longest_m": 900}


def test_points_sorted_and_base_excluded() -> None:
    pistes = RESORT + [Piste("6", "Base", "Car park", 100, "green")]
    assert list(route_summary(pistes, "Base")) == ["Mid", "Top"]


def test_grade_limit() -> None:
    summary = route_summary(RESORT, "Base", "blue")
    assert summary == {"Top": {"routes": 1, "shortest_m": 2300, "longest_m": 2300},
                       "Mid": {"routes": 1, "shortest_m": 800, "longest_m": 800}}


def test_dead_end() -> None:
    pistes = [Piste("1", "Top", "Bowl", 500, "red"), Piste("2", "Top", "Base", 900, "red")]
    summary = route_summary(pistes, "Base")
    assert summary == {"Top": {"routes": 1, "shortest_m": 900, "longest_m": 900}}
    assert route_summary(pistes[:1], "Base") == {"Top": {"routes": 0, "shortest_m": None, "longest_m": None}}


def test_unknown_grade() -> None:
    with pytest.raises(ValueError):
        route_summary(RESORT, "Base", "double-black")
    with pytest.raises(ValueError):
        route_summary([Piste("x", "A", "B", 10, "orange")], "B")


def test_loop_is_an_error() -> None:
    pistes = [Piste("1", "A", "B", 100, "red"), Piste("2", "B", "A", 100, "red"), Piste("3", "B", "Base", 100, "red")]
    with pytest.raises(ValueError, match="loop"):
        route_summary(pistes, "Base")


def test_empty_map() -> None:
    assert route_summary([], "Base") == {}
