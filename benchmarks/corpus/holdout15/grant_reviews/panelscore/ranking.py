"""Leniency-corrected ranking of proposals."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from panelscore.stats import mean_of, reviewer_mean, unique_in_order


def rank_proposals(reviews: Sequence[Mapping[str, Any]], min_reviews: int = 2) -> list[dict[str, Any]]:
    """Proposals ranked by their leniency-corrected mean score.

    Each review has ``proposal``, ``reviewer`` and ``score`` (1 = poor ... 9 = outstanding).
    A reviewer's leniency is their mean score minus the panel's mean score; a review's
    adjusted score subtracts the reviewer's leniency. Proposals with fewer than
    ``min_reviews`` reviews are left out. The result is sorted by adjusted mean (highest
    first), then raw mean (highest first), then proposal id; scores are rounded to 3 places.
    """
    panel_mean = mean_of([review["score"] for review in reviews])
    ranked: list[dict[str, Any]] = []
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
