"""Benchmark statistics on synthetic samples with known answers."""

from __future__ import annotations

import numpy as np
import pytest

from wattlens.verify.stats import compare_timings, median_ratio


def _noisy(center: float, n: int, seed: int, cv: float = 0.1) -> list[float]:
    rng = np.random.default_rng(seed)
    return list(center * (1 + cv * rng.standard_normal(n)).clip(0.5))


def test_a_clear_gain_is_significant_with_a_tight_interval() -> None:
    result = compare_timings(_noisy(1.0, 8, 1), _noisy(0.5, 8, 2))
    assert result.speedup == pytest.approx(2.0, rel=0.15)
    assert result.p_value < 0.01
    low, high = result.ci95
    assert 1.4 < low <= result.speedup <= high < 2.8


def test_no_gain_is_not_significant() -> None:
    result = compare_timings(_noisy(1.0, 10, 3), _noisy(1.0, 10, 4))
    assert result.p_value > 0.05
    assert result.ci95[0] < 1.0 < result.ci95[1]


def test_a_slower_candidate_has_speedup_below_one_and_p_near_one() -> None:
    result = compare_timings(_noisy(1.0, 8, 5), _noisy(1.6, 8, 6))
    assert result.speedup < 0.8
    assert result.p_value > 0.95
    assert result.ci95[1] < 1.0


def test_ties_give_no_evidence() -> None:
    result = compare_timings([0.2] * 6, [0.2] * 6)
    assert result.speedup == 1.0
    assert result.p_value == 1.0
    assert result.ci95 == (1.0, 1.0)


def test_complete_separation_of_six_pairs_is_the_exact_minimum_p() -> None:
    # 6 vs 6 with every candidate faster: p = 1 / C(12, 6) = 1/924.
    result = compare_timings([2, 2.1, 2.2, 2.3, 2.4, 2.5], [1, 1.1, 1.2, 1.3, 1.4, 1.5])
    assert result.p_value == pytest.approx(1 / 924, rel=1e-6)


def test_a_single_run_each_is_never_significant() -> None:
    assert compare_timings([2.0], [1.0]).p_value == 1.0


def test_same_seed_same_interval() -> None:
    base, cand = _noisy(1.0, 7, 7), _noisy(0.8, 7, 8)
    assert compare_timings(base, cand, seed=3).ci95 == compare_timings(base, cand, seed=3).ci95


def test_rejects_empty_or_non_positive_samples() -> None:
    with pytest.raises(ValueError):
        compare_timings([], [1.0])
    with pytest.raises(ValueError):
        compare_timings([1.0, 0.0], [1.0])


def test_median_ratio_is_candidate_over_baseline() -> None:
    assert median_ratio([1.0, 1.0, 3.0], [2.0, 2.0, 9.0]) == 0.5
    assert np.isnan(median_ratio([1.0], [0.0]))


def test_the_sandbox_is_pinned_to_the_engines_last_cpu() -> None:
    from wattlens.verify.verifier import VerifyOptions, with_pinned_core

    class Engine:
        def __init__(self, cpus: int) -> None:
            self.cpus = cpus

        def info(self) -> dict[str, int]:
            return {"NCPU": self.cpus}

    assert with_pinned_core(Engine(16), VerifyOptions()).cpuset == "15"  # type: ignore[arg-type]
    assert with_pinned_core(Engine(1), VerifyOptions()).cpuset is None  # type: ignore[arg-type]
    assert with_pinned_core(Engine(16), VerifyOptions(cpuset="0-1")).cpuset == "0-1"  # type: ignore[arg-type]
