"""Wording of the dating results for the building-survey report."""

from __future__ import annotations

from typing import Sequence

from .crossdate import Match

SAPWOOD_RINGS = (9, 41)  # 95% range for oak in England


def felling_range(last_ring_year: int, sapwood_rings: int = 0, bark_edge: bool = False) -> str:
    """Felling date or date range implied by the dated last ring."""
    if bark_edge:
        return f"felled in {last_ring_year} (bark edge)"
    low, high = SAPWOOD_RINGS
    start = last_ring_year + max(low - sapwood_rings, 0)
    end = last_ring_year + max(high - sapwood_rings, 0)
    return f"felled {start}-{end}"


def verdict(matches: Sequence[Match], threshold: float = 3.5, margin: float = 1.0) -> str:
    """A dating is accepted when the best t-value reaches the threshold and beats the runner-up
    by the margin."""
    if not matches or matches[0].t < threshold:
        return "undated"
    if len(matches) > 1 and matches[0].t - matches[1].t < margin:
        return "ambiguous"
    return f"dated: last ring {matches[0].end_year} (t = {matches[0].t:.2f}, overlap {matches[0].overlap})"
