"""Statistics of an A/B benchmark: speedup, its bootstrap interval, and significance.

Collection happens in the sandbox; this module only summarises raw samples, so a
reader can re-run the comparison from stored timings (the pyperf habit).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import mannwhitneyu


@dataclass(frozen=True)
class Comparison:
    """How a candidate's timings compare with the baseline's."""

    speedup: float
    """Median baseline time / median candidate time (>1 means the candidate is faster)."""
    ci95: tuple[float, float]
    """Percentile bootstrap interval of the speedup at the requested confidence."""
    p_value: float
    """One-sided Mann-Whitney U p-value of "the candidate's times are smaller"."""


def compare_timings(
    baseline: Sequence[float],
    candidate: Sequence[float],
    *,
    confidence: float = 0.95,
    resamples: int = 5000,
    seed: int = 0,
) -> Comparison:
    """Compare two samples of run times (seconds) of the same workload.

    The bootstrap resamples each sample independently (the runs are interleaved
    but not matched: a neighbour's burst hits whichever run happens to be on).
    A fixed seed keeps a verdict reproducible from its stored samples.
    """
    base = np.asarray(baseline, dtype=float)
    cand = np.asarray(candidate, dtype=float)
    if base.size == 0 or cand.size == 0:
        raise ValueError("both samples need at least one timing")
    if np.any(base <= 0) or np.any(cand <= 0):
        raise ValueError("timings must be positive")
    return Comparison(
        speedup=float(np.median(base) / np.median(cand)),
        ci95=_bootstrap_ratio_ci(base, cand, confidence, resamples, seed),
        p_value=_p_candidate_faster(base, cand),
    )


def median_ratio(numerator: Sequence[float], denominator: Sequence[float]) -> float:
    """median(numerator) / median(denominator); NaN when the denominator's median is 0."""
    den = float(np.median(np.asarray(denominator, dtype=float)))
    num = float(np.median(np.asarray(numerator, dtype=float)))
    return num / den if den > 0 else math.nan


def _p_candidate_faster(base: np.ndarray, cand: np.ndarray) -> float:
    if base.size < 2 or cand.size < 2:
        return 1.0  # no evidence either way from a single run
    result = mannwhitneyu(cand, base, alternative="less")
    p = float(result.pvalue)
    # All-equal samples can give NaN: that is "no evidence of a gain".
    return 1.0 if math.isnan(p) else p


def _bootstrap_ratio_ci(
    base: np.ndarray, cand: np.ndarray, confidence: float, resamples: int, seed: int
) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    base_draws = rng.choice(base, size=(resamples, base.size), replace=True)
    cand_draws = rng.choice(cand, size=(resamples, cand.size), replace=True)
    ratios = np.median(base_draws, axis=1) / np.median(cand_draws, axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(ratios, [tail, 100 - tail])
    return float(low), float(high)
