"""Strict equivalence tests for rank_proposals (never shown to wattlens)."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

import pytest
from strict_support import assert_same
from panelscore.ranking import rank_proposals

TARGET = "panelscore/ranking.py:rank_proposals"


def mean_of(values):
    return sum(values) / len(values)


def reviewer_mean(reviews, reviewer):
    return mean_of([review["score"] for review in reviews if review["reviewer"] == reviewer])


def unique_in_order(items):
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def reference(reviews, min_reviews=2):
    panel_mean = mean_of([review["score"] for review in reviews])
    ranked = []
    for proposal in unique_in_order(review["proposal"] for review in reviews):
        mine = [review for review in reviews if review["proposal"] == proposal]
        if len(mine) < min_reviews:
            continue
        raw = [review["score"] for review in mine]
        adjusted = [review["score"] - (reviewer_mean(reviews, review["reviewer"]) - panel_mean) for review in mine]
        ranked.append({
            "proposal": proposal,
            "reviews": len(mine),
            "raw_mean": round(mean_of(raw), 3),
            "adjusted_mean": round(mean_of(adjusted), 3),
            "spread": max(raw) - min(raw),
        })
    ranked.sort(key=lambda row: (-row["adjusted_mean"], -row["raw_mean"], row["proposal"]))
    for position, row in enumerate(ranked, 1):
        row["rank"] = position
    return ranked


def r(proposal, reviewer, score, **extra):
    return {"proposal": proposal, "reviewer": reviewer, "score": score, **extra}


BASIC = [r("A", "harsh", 3), r("A", "fair", 6), r("B", "fair", 7), r("B", "kind", 8), r("C", "harsh", 5), r("C", "kind", 8)]

CASES = [
    ([],),
    ([], 0),
    ([r("A", "x", 5)],),
    ([r("A", "x", 5)], 1),
    ([r("A", "x", 5)], 0),
    ([r("A", "x", 5)], -1),
    (BASIC,),
    (BASIC, 1),
    (BASIC, 3),
    (BASIC, 2.5),
    (list(reversed(BASIC)),),
    (tuple(BASIC),),
    ([r("A", "x", 5), r("A", "y", 5), r("B", "x", 5), r("B", "y", 5)],),
    ([r("B", "x", 5), r("B", "y", 5), r("A", "x", 5), r("A", "y", 5)],),
    ([r("b", "x", 5), r("B", "y", 5), r("a", "x", 5), r("A", "y", 5)], 1),
    ([r("Ä", "x", 5), r("Z", "y", 5), r("é", "x", 5)], 1),
    ([r("A", "x", 5), r("A", "x", 7)],),
    ([r("A", "x", 5), r("A", "x", 5), r("A", "x", 5)],),
    ([r("A", "x", 1), r("A", "y", 9), r("B", "x", 9), r("B", "y", 1)],),
    ([r("A", "x", 2.5), r("A", "y", 7.25), r("B", "x", 0.1), r("B", "y", 0.2), r("B", "z", 0.3)],),
    ([r("A", "x", 0.1), r("A", "x", 0.2), r("A", "y", 0.3), r("B", "x", 0.7), r("B", "y", 1e-9)],),
    ([r("A", "x", 1e16), r("A", "y", 1.0), r("A", "z", -1e16), r("B", "x", 3.0), r("B", "y", 0.5)],),
    ([r("A", "x", 0.1), r("B", "x", 0.2), r("C", "x", 0.3), r("A", "y", 1e16), r("B", "y", -1e16), r("C", "y", 1.0)], 1),
    ([r("A", "x", 5), r("A", "y", 5.0), r("B", "x", True), r("B", "y", 9)],),
    ([r("A", "x", -3), r("A", "y", 0), r("B", "x", 0), r("B", "y", 0)],),
    ([r("A", "x", 2), r("A", "y", 3), r("B", "x", 3), r("B", "y", 2)],),
    ([r("A", "x", 1), r("A", "y", 2), r("B", "x", 2), r("B", "z", 1), r("C", "y", 1), r("C", "z", 2)],),
    ([r("A", "x", 0.0005), r("A", "y", 0.0015), r("B", "x", 0.0025), r("B", "y", 0.0035)],),
    ([r("A", "x", 1.0005), r("A", "y", 1.0005)],),
    ([r("A", "x", Decimal("5.5")), r("A", "y", Decimal("6")), r("B", "x", Decimal("7.25")), r("B", "y", Decimal("1"))],),
    ([r("A", "x", Fraction(1, 3)), r("A", "y", Fraction(2, 3)), r("B", "x", Fraction(5, 7)), r("B", "y", Fraction(1, 7))],),
    ([r("A", "x", 5), r("A", "y", Decimal("6"))],),
    ([r("A", "x", 5), r("A", "y", "6")],),
    ([r("A", "x", "5"), r("A", "y", "6")],),
    ([r("A", "x", None), r("A", "y", 6)],),
    ([r(1, "x", 5), r(1.0, "y", 6), r(True, "z", 7), r(2, "x", 3), r(2, "y", 4)],),
    ([r(1, "x", 5), r(1, "y", 6), r("1", "x", 7), r("1", "y", 8)],),
    ([r(1, "x", 5), r(1, "y", 5), r("1", "x", 5), r("1", "y", 5)],),
    ([r(None, "x", 5), r(None, "y", 6)],),
    ([r(("A", 1), "x", 5), r(("A", 1), "y", 6), r(("A", 0), "x", 5), r(("A", 0), "y", 6)],),
    ([r("A", 1, 5), r("A", 1.0, 6), r("B", True, 7), r("B", 2, 3)],),
    ([r("A", None, 5), r("A", "y", 6)],),
    ([r("A", "x", 5), {"proposal": "A", "score": 6}],),
    ([r("A", "x", 5), {"proposal": "A", "score": 6}], 3),
    ([r("A", "x", 5), r("A", "y", 4), {"proposal": "B", "score": 6}],),
    ([r("A", "x", 5), r("A", "y", 4), {"proposal": "B", "score": 6}], 5),
    ([r("A", "x", 5), {"reviewer": "y", "score": 6}],),
    ([r("A", "x", 5), {"proposal": "A", "reviewer": "y"}],),
    ([r("A", "x", 5, confidence="H"), r("A", "y", 6, confidence=None)],),
    ([r("A", "x", 5)], None),
    ([r("A", "x", 5)], "2"),
    ([r("A", f"x{i}", i % 9 + 1) for i in range(30)] + [r("B", f"x{i}", 9 - i % 9) for i in range(30)],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(rank_proposals, reference, *case)


def _random_cases():
    rng = random.Random(6262)
    for index in range(130):
        proposals = [f"P{n}" for n in range(rng.randint(1, 8))]
        reviewers = [f"r{n}" for n in range(rng.randint(1, 6))]
        reviews = []
        for _ in range(rng.randint(1, 30)):
            if index % 3 == 0:
                score = rng.choice([round(rng.uniform(1, 9), rng.randint(0, 3)), rng.random(), 0.1, 0.7])
            elif index % 3 == 1:
                score = rng.randint(1, 9)
            else:
                score = rng.choice([rng.randint(1, 9), rng.uniform(1, 9)])
            reviews.append(r(rng.choice(proposals), rng.choice(reviewers), score))
        yield reviews, rng.choice([0, 1, 2, 2, 3, 4])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(rank_proposals, reference, *case)


def test_large_panel() -> None:
    rng = random.Random(12)
    reviewers = [f"rev{n}" for n in range(25)]
    reviews = [r(f"P{rng.randrange(120)}", rng.choice(reviewers), rng.choice([rng.randint(1, 9), rng.uniform(1, 9)])) for _ in range(500)]
    assert_same(rank_proposals, reference, reviews, 3)
