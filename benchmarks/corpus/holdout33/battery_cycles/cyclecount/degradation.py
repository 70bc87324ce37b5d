"""From counted cycles to depth-of-discharge histograms and equivalent full cycles."""

from __future__ import annotations

from typing import Sequence


def depth_histogram(cycles: Sequence[tuple[float, float, float]], width: float = 10.0) -> dict[str, float]:
    """Cycle counts per depth-of-discharge band ("0-10", "10-20", ... percent)."""
    bins: dict[str, float] = {}
    for depth, _, count in cycles:
        low = min(int(depth // width), int(100 // width) - 1) * width
        key = f"{low:g}-{low + width:g}"
        bins[key] = bins.get(key, 0.0) + count
    return dict(sorted(bins.items(), key=lambda item: float(item[0].split("-")[0])))


def equivalent_full_cycles(cycles: Sequence[tuple[float, float, float]], exponent: float = 1.3) -> float:
    """Damage-weighted cycles: a cycle of depth d counts (d / 100) ** exponent full cycles."""
    return round(sum(count * (depth / 100) ** exponent for depth, _, count in cycles), 3)


def capacity_fade(full_cycles: float, fade_per_1000: float = 2.6) -> float:
    """Estimated capacity lost (percent of nameplate) to cycling."""
    return round(full_cycles * fade_per_1000 / 1000, 3)
