"""Relative expression by the comparative Ct (delta-delta-Ct, Livak) method."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qpcr.plate import Well
from qpcr.stats import mean, sample_sd


@dataclass(frozen=True)
class Expression:
    """Relative expression of one target gene in one sample.

    ``mean_ct`` is the mean of the target's determined replicates; ``delta_ct``,
    ``delta_delta_ct`` and ``fold_change`` are None when the sample or the calibrator lacks the
    Ct values needed. ``flagged`` marks replicates that scatter more than the allowed SD.
    """

    sample: str
    target: str
    replicates: int
    mean_ct: float
    delta_ct: float | None
    delta_delta_ct: float | None
    fold_change: float | None
    flagged: bool


def _cts(wells: Sequence[Well], sample: str, target: str) -> list[float]:
    """Determined Ct values of a sample's wells for one target, in well order."""
    return [well.ct for well in wells if well.sample == sample and well.target == target and well.ct is not None]


def relative_expression(wells: Sequence[Well], reference_gene: str, calibrator: str,
                        max_sd: float = 0.5) -> list[Expression]:
    """Relative expression of every (sample, target) pair in the run, normalised to
    ``reference_gene`` and relative to the ``calibrator`` sample.

    Pairs are listed in order of their first well, leaving out the reference gene and pairs
    whose wells are all undetermined. delta Ct is the mean target Ct less the sample's mean
    reference-gene Ct; delta-delta Ct is that less the calibrator's delta Ct for the same
    target; the fold change is 2 to the power of minus delta-delta Ct. Ct values and deltas are
    rounded to 3 decimals and fold changes to 4 (each computed from unrounded values).
    A pair is flagged when its replicates' sample SD exceeds ``max_sd``.

    Raises ``ValueError`` for a negative ``max_sd`` or when no well measures the reference gene.
    """
    if max_sd < 0:
        raise ValueError("the replicate SD limit cannot be negative")
    if not any(well.target == reference_gene for well in wells):
        raise ValueError(f"no well measures the reference gene {reference_gene!r}")
    pairs: dict[tuple[str, str], None] = {}
    for well in wells:
        if well.target != reference_gene:
            pairs.setdefault((well.sample, well.target))
    results = []
    for sample, target in pairs:
        cts = _cts(wells, sample, target)
        if not cts:
            continue
        target_mean = mean(cts)
        delta = delta_delta = fold = None
        reference_cts = _cts(wells, sample, reference_gene)
        if reference_cts:
            delta = target_mean - mean(reference_cts)
            calibrator_cts = _cts(wells, calibrator, target)
            calibrator_reference = _cts(wells, calibrator, reference_gene)
            if calibrator_cts and calibrator_reference:
                delta_delta = delta - (mean(calibrator_cts) - mean(calibrator_reference))
                fold = round(2 ** -delta_delta, 4)
                delta_delta = round(delta_delta, 3)
            delta = round(delta, 3)
        results.append(Expression(sample, target, len(cts), round(target_mean, 3), delta, delta_delta, fold,
                                  sample_sd(cts) > max_sd))
    return results
