"""Per-wafer and per-lot yield figures for the morning lot review."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from wafermap.binmap import Die
from wafermap.clusters import PASS_BINS, clustered_failures


@dataclass
class WaferSummary:
    wafer_id: str
    dies: int
    good: int
    clustered: int
    top_fail_bin: int | None

    @property
    def yield_percent(self) -> float:
        """Good dies as a percentage of all dies (0.0 for a wafer without dies)."""
        return 100.0 * self.good / self.dies if self.dies else 0.0


def summarise_wafer(wafer_id: str, dies: list[Die]) -> WaferSummary:
    """Counts for one wafer; the top fail bin is the most frequent failing bin (lowest on ties)."""
    fail_bins = Counter(die.bin for die in dies if die.bin not in PASS_BINS)
    top = min(fail_bins, key=lambda b: (-fail_bins[b], b)) if fail_bins else None
    good = len(dies) - sum(fail_bins.values())
    return WaferSummary(wafer_id, len(dies), good, len(clustered_failures(dies)), top)


def lot_lines(summaries: list[WaferSummary], clustered_limit: int = 40) -> list[str]:
    """Report lines: lot yield, then every wafer with more clustered failures than the limit."""
    dies = sum(s.dies for s in summaries)
    good = sum(s.good for s in summaries)
    lines = [f"{len(summaries)} wafers, yield {100.0 * good / dies if dies else 0.0:.2f}%"]
    for s in summaries:
        if s.clustered > clustered_limit:
            lines.append(f"{s.wafer_id}: {s.yield_percent:.1f}% yield, {s.clustered} clustered, top fail bin {s.top_fail_bin}")
    return lines
