import pytest

from genomics.gc import gc_islands, gc_windows


def test_fractions() -> None:
    assert gc_windows("GGAT", 2) == [1.0, 0.5, 0.0]


def test_soft_masked_bases_count() -> None:
    assert gc_windows("gcAT", 4) == [0.5]


def test_step() -> None:
    assert gc_windows("GCGCATAT", 2, step=3) == [1.0, 0.5, 0.0]


def test_short_sequence() -> None:
    assert gc_windows("ACG", 10) == []


def test_bad_window() -> None:
    with pytest.raises(ValueError):
        gc_windows("ACGT", 0)


def test_islands() -> None:
    assert gc_islands("ATATGCGCGCAT", window=4, threshold=1.0) == [4, 5, 6]
