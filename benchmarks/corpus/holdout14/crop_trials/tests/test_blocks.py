import pytest

from fieldtrial.blocks import block_mean, relative_performance
from fieldtrial.stats import mean, sample_sd


def plot(trial: str, block: int, variety: str, value) -> dict:
    return {"trial": trial, "block": block, "variety": variety, "yield_t_ha": value}


PLOTS = [
    plot("T1", 1, "Alba", 8.0), plot("T1", 1, "Brio", 6.0),
    plot("T1", 2, "Alba", 9.0), plot("T1", 2, "Brio", 9.0),
]


def test_stats() -> None:
    assert mean([1, 2, 3]) == 2
    assert sample_sd([2, 4, 4, 4, 5, 5, 7, 9]) == pytest.approx(2.138, abs=1e-3)
    assert sample_sd([5]) == 0.0


def test_block_mean() -> None:
    assert block_mean(PLOTS, "T1", 1) == 7.0


def test_relative_performance() -> None:
    summary = relative_performance(PLOTS)
    assert summary["Alba"]["relative"] == round((8 / 7 * 100 + 100) / 2, 1)
    assert summary["Alba"]["mean_yield"] == 8.5
    assert summary["Alba"]["rank"] == 1
    assert summary["Brio"]["rank"] == 2


def test_lost_plots_are_ignored() -> None:
    summary = relative_performance(PLOTS + [plot("T1", 1, "Cora", None)])
    assert "Cora" not in summary
    assert summary["Brio"]["plots"] == 2


def test_blocks_are_per_trial() -> None:
    summary = relative_performance([plot("T1", 1, "A", 4.0), plot("T2", 1, "A", 10.0)])
    assert summary["A"]["relative"] == 100.0


def test_ties_share_rank() -> None:
    summary = relative_performance([plot("T1", 1, "A", 5.0), plot("T1", 1, "B", 5.0)])
    assert summary["A"]["rank"] == summary["B"]["rank"] == 1


def test_empty() -> None:
    assert relative_performance([]) == {}


def test_zero_block_mean() -> None:
    with pytest.raises(ZeroDivisionError):
        relative_performance([plot("T1", 1, "A", 0.0)])
