import pytest

from grading.report import StudentResult, rank_students, weighted_total


def test_weighted_total() -> None:
    assert weighted_total({"homework": 80, "midterm": 60, "final": 70}, {"homework": 0.25, "midterm": 0.25, "final": 0.5}) == 70.0


def test_ranks_and_mean() -> None:
    book = {"ann": {"homework": 90, "midterm": 90, "final": 90}, "bob": {"homework": 50, "midterm": 50, "final": 50}, "cy": {"homework": 70, "midterm": 70, "final": 70}}
    assert rank_students(book) == [
        StudentResult("ann", 90.0, 1, True),
        StudentResult("bob", 50.0, 3, False),
        StudentResult("cy", 70.0, 2, False),
    ]


def test_equal_totals_share_a_rank() -> None:
    book = {"a": {"final": 80}, "b": {"final": 80}, "c": {"final": 60}}
    assert [r.rank for r in rank_students(book, {"final": 1.0})] == [1, 1, 3]


def test_missing_components_count_as_zero() -> None:
    assert rank_students({"a": {}}) == [StudentResult("a", 0.0, 1, False)]


def test_bad_weights() -> None:
    with pytest.raises(ValueError):
        rank_students({}, {"final": 0.7})
