import pytest

from panelscore.ranking import rank_proposals
from panelscore.stats import mean_of, reviewer_mean, unique_in_order


def r(proposal, reviewer, score):
    return {"proposal": proposal, "reviewer": reviewer, "score": score}


def test_helpers() -> None:
    assert mean_of([1, 2, 3]) == 2
    assert unique_in_order("abacb") == ["a", "b", "c"]
    assert reviewer_mean([r("A", "x", 4), r("B", "x", 6), r("B", "y", 1)], "x") == 5


def test_harsh_reviewer_is_corrected() -> None:
    reviews = [r("A", "harsh", 3), r("A", "fair", 6), r("B", "fair", 7), r("B", "kind", 8),
               r("C", "harsh", 5), r("C", "kind", 8)]
    ranked = rank_proposals(reviews)
    assert [row["proposal"] for row in ranked] == ["C", "B", "A"]
    assert ranked[0]["rank"] == 1


def test_min_reviews() -> None:
    reviews = [r("A", "x", 5), r("A", "y", 6), r("B", "x", 9)]
    assert [row["proposal"] for row in rank_proposals(reviews)] == ["A"]
    assert len(rank_proposals(reviews, min_reviews=1)) == 2


def test_ties_broken_by_id() -> None:
    reviews = [r("B", "x", 5), r("B", "y", 5), r("A", "x", 5), r("A", "y", 5)]
    assert [row["proposal"] for row in rank_proposals(reviews)] == ["A", "B"]


def test_spread_and_rounding() -> None:
    row = rank_proposals([r("A", "x", 2), r("A", "y", 9), r("A", "z", 4)])[0]
    assert row["spread"] == 7
    assert row["raw_mean"] == 5.0


def test_no_reviews() -> None:
    with pytest.raises(ZeroDivisionError):
        rank_proposals([])
