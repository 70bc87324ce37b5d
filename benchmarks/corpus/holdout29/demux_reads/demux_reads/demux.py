"""Assigning reads to samples by their index reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from demux_reads.samplesheet import SampleIndex


@dataclass
class DemuxResult:
    """The sample each read was assigned to (None when undetermined), the reads per sample in
    sample-sheet order, and how many reads matched no sample or more than one."""

    assignments: list[str | None]
    counts: dict[str, int]
    undetermined: int
    ambiguous: int


def _within(read: str, expected: str, limit: int) -> bool:
    """Whether ``read`` has the length of ``expected`` and differs from it in at most ``limit``
    positions."""
    if len(read) != len(expected):
        return False
    misses = 0
    for got, wanted in zip(read, expected):
        if got != wanted:
            misses += 1
            if misses > limit:
                return False
    return True


def assign_reads(indexes: Sequence[tuple[str, str]], samples: Sequence[SampleIndex],
                 max_mismatches: int = 1) -> DemuxResult:
    """Assign every read, given as its (i7, i5) index reads, to a sample.

    A read matches a sample when each of its index reads has the length of the sample's index
    and differs from it in at most ``max_mismatches`` positions (compared case-sensitively; an
    N is a mismatch like any other base). A read that matches exactly one sample is assigned to
    it; a read matching none is undetermined and one matching several is ambiguous (both are
    assigned None).

    Raises ``ValueError`` for a negative mismatch allowance or a sample ID listed twice.
    """
    if max_mismatches < 0:
        raise ValueError("the mismatch allowance cannot be negative")
    counts: dict[str, int] = {}
    for sample in samples:
        if sample.sample_id in counts:
            raise ValueError(f"sample {sample.sample_id} is listed twice")
        counts[sample.sample_id] = 0
    assignments: list[str | None] = []
    undetermined = ambiguous = 0
    for i7, i5 in indexes:
        matches = [sample.sample_id for sample in samples
                   if _within(i7, sample.i7, max_mismatches) and _within(i5, sample.i5, max_mismatches)]
        if len(matches) == 1:
            counts[matches[0]] += 1
            assignments.append(matches[0])
        else:
            if matches:
                ambiguous += 1
            else:
                undetermined += 1
            assignments.append(None)
    return DemuxResult(assignments, counts, undetermined, ambiguous)
