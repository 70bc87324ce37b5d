"""GC content along assembled contigs."""

from __future__ import annotations

GC_BASES = "GCgc"


def gc_windows(seq: str, window: int = 100, *, step: int = 1) -> list[float]:
    """The GC fraction of every `window`-base window of `seq`, one window every `step` bases.

    Lower-case (soft-masked) bases count like upper-case ones; N and other symbols count
    as non-GC. A sequence shorter than the window has no windows.
    """
    if window <= 0 or step <= 0:
        raise ValueError("window and step must be positive")
    if len(seq) < window:
        return []
    fractions = []
    for start in range(0, len(seq) - window + 1, step):
        gc = 0
        for base in seq[start : start + window]:
            if base in GC_BASES:
                gc += 1
        fractions.append(gc / window)
    return fractions


def gc_islands(seq: str, window: int = 200, threshold: float = 0.6) -> list[int]:
    """Start positions of windows whose GC fraction reaches `threshold`."""
    return [start for start, value in enumerate(gc_windows(seq, window)) if value >= threshold]
