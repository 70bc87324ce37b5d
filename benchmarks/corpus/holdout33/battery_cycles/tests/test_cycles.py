import pytest

from cyclecount.degradation import capacity_fade, depth_histogram, equivalent_full_cycles
from cyclecount.rainflow import count_cycles
from cyclecount.series import read_soc_log, turning_points


def test_astm_example() -> None:
    # The worked example of ASTM E1049-85 figure 6 (loads -2, 1, -3, 5, -1, 3, -4, 4, -2).
    cycles = count_cycles([-2, 1, -3, 5, -1, 3, -4, 4, -2])
    full = sorted((r, m) for r, m, c in cycles if c == 1.0)
    half = sorted((r, m) for r, m, c in cycles if c == 0.5)
    assert full == [(4, 1.0)]
    assert half == [(3, -0.5), (4, -1.0), (6, 1.0), (8, 0.0), (8, 1.0), (9, 0.5)]


def test_simple_full_cycle() -> None:
    assert count_cycles([0, 80, 40, 60, 20, 100]) == [(20, 50.0, 1.0), (60, 50.0, 1.0), (100, 50.0, 0.5)]


def test_short_sequences() -> None:
    assert count_cycles([]) == []
    assert count_cycles([50]) == []
    assert count_cycles([20, 90]) == [(70, 55.0, 0.5)]


def test_turning_points_with_hysteresis() -> None:
    samples = [50, 50.2, 60, 59.8, 60.5, 40, 40.3, 39, 70]
    assert turning_points(samples, 0.5) == [50, 60.5, 39, 70]
    assert turning_points([], 1.0) == []
    assert turning_points([10, 10, 10], 1.0) == [10]


def test_depth_histogram_and_fade() -> None:
    cycles = [(85.0, 50.0, 1.0), (100.0, 50.0, 0.5), (4.0, 60.0, 1.0), (12.0, 55.0, 0.5)]
    assert depth_histogram(cycles) == {"0-10": 1.0, "10-20": 0.5, "80-90": 1.0, "90-100": 0.5}
    efc = equivalent_full_cycles(cycles, exponent=1.0)
    assert efc == pytest.approx(0.85 + 0.5 + 0.04 + 0.06)
    assert capacity_fade(1000) == 2.6


def test_read_soc_log() -> None:
    text = "timestamp,unit,soc\n2024-01-01T00:00,BESS-1,50.5\n2024-01-01T00:00,BESS-2,\n2024-01-01T00:15,BESS-1,51\n"
    assert read_soc_log(text) == {"BESS-1": [50.5, 51.0]}
