import pytest

from qpcr.ddct import Expression, relative_expression
from qpcr.plate import Well, read_export
from qpcr.stats import mean, sample_sd


def wells(sample, target, *cts):
    return [Well("P1", f"A{i + 1}", sample, target, ct) for i, ct in enumerate(cts)]


RUN = (wells("Ctrl", "GAPDH", 18.0, 18.2, 18.1) + wells("Ctrl", "IL6", 25.0, 25.1, 24.9)
       + wells("Treated", "GAPDH", 18.5, 18.4, 18.6) + wells("Treated", "IL6", 23.5, 23.4, None))


def test_stats() -> None:
    assert mean([1.0, 2.0, 3.0]) == 2.0
    assert sample_sd([2.0]) == 0.0
    assert sample_sd([1.0, 3.0]) == pytest.approx(1.4142135)


def test_read_export() -> None:
    text = "Well,Sample Name,Target Name,CT\nA1,Ctrl,GAPDH,18.02\nA2,,GAPDH,\nA3,Ctrl,IL6,Undetermined\n"
    assert read_export(text, "PL01") == [Well("PL01", "A1", "Ctrl", "GAPDH", 18.02), Well("PL01", "A3", "Ctrl", "IL6", None)]


def test_delta_delta_ct() -> None:
    results = relative_expression(RUN, "GAPDH", "Ctrl")
    assert results[0] == Expression("Ctrl", "IL6", 3, 25.0, 6.9, 0.0, 1.0, False)
    treated = results[1]
    assert (treated.sample, treated.replicates, treated.mean_ct, treated.delta_ct) == ("Treated", 2, 23.45, 4.95)
    assert treated.delta_delta_ct == -1.95
    assert treated.fold_change == pytest.approx(3.8637, abs=1e-4)


def test_missing_calibrator_and_flags() -> None:
    run = RUN + wells("Noisy", "GAPDH", 18.0) + wells("Noisy", "IL6", 22.0, 24.0) + wells("Ctrl", "TNF", None, None)
    results = relative_expression(run, "GAPDH", "Nobody")
    assert [result.fold_change for result in results] == [None, None, None]
    assert [result.flagged for result in results] == [False, False, True]
    assert [result.target for result in results] == ["IL6", "IL6", "IL6"]


def test_errors() -> None:
    with pytest.raises(ValueError):
        relative_expression(RUN, "ACTB", "Ctrl")
    with pytest.raises(ValueError):
        relative_expression(RUN, "GAPDH", "Ctrl", max_sd=-0.1)
