"""Harvest readiness per block for the daily picking meeting."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Mapping, Sequence

from .samples import Sample

TIMESTAMP = "%Y-%m-%d %H:%M"
DEFAULT_TARGET_BRIX = 23.0


@dataclass
class Readiness:
    """Where a block stands on the report date. ``brix_per_day`` is the sugar gain over the
    trend window (None with a single sample day), ``days_to_target`` the projected days until the
    target Brix is reached (0 when reached, None when sugar is not rising)."""

    block: str
    samples: int
    latest_brix: float | None
    latest_ph: float | None
    brix_per_day: float | None
    days_to_target: int | None
    ready: bool


def harvest_readiness(samples_by_block: Mapping[str, Sequence[Sample]], targets: Mapping[str, float],
                      as_of: str, window_days: int = 7) -> dict[str, Readiness]:
    """Readiness of every sampled block as of ``as_of`` ("YYYY-MM-DD HH:MM").

    Only samples taken at or before ``as_of`` count. The trend is the Brix change between the
    earliest and the latest sample within ``window_days`` of the latest one, per day. A block
    without a target uses ``DEFAULT_TARGET_BRIX``.
    """
    cutoff = datetime.strptime(as_of, TIMESTAMP)
    report: dict[str, Readiness] = {}
    for block, samples in samples_by_block.items():
        target = targets.get(block, DEFAULT_TARGET_BRIX)
        taken = [sample for sample in samples if datetime.strptime(sample.taken, TIMESTAMP) <= cutoff]
        if not taken:
            report[block] = Readiness(block, 0, None, None, None, None, False)
            continue
        latest = max(taken, key=lambda sample: datetime.strptime(sample.taken, TIMESTAMP))
        latest_at = datetime.strptime(latest.taken, TIMESTAMP)
        start = latest_at - timedelta(days=window_days)
        window = [sample for sample in taken if datetime.strptime(sample.taken, TIMESTAMP) >= start]
        first = min(window, key=lambda sample: datetime.strptime(sample.taken, TIMESTAMP))
        days = (latest_at - datetime.strptime(first.taken, TIMESTAMP)).total_seconds() / 86400
        rate = round((latest.brix - first.brix) / days, 2) if days > 0 else None
        if latest.brix >= target:
            remaining = 0
        elif rate is not None and rate > 0:
            remaining = math.ceil((target - latest.brix) / rate)
        else:
            remaining = None
        report[block] = Readiness(block, len(taken), latest.brix, latest.ph, rate, remaining, remaining == 0)
    return report


def picking_order(report: Mapping[str, Readiness], hectares: Mapping[str, float]) -> list[str]:
    """Blocks for the picking crews: ready blocks first (largest first), then the blocks due
    within three days, soonest first. Ties are broken by block code."""
    ready = sorted((item.block for item in report.values() if item.ready),
                   key=lambda block: (-hectares.get(block, 0.0), block))
    soon = sorted((item for item in report.values()
                   if not item.ready and item.days_to_target is not None and item.days_to_target <= 3),
                  key=lambda item: (item.days_to_target, item.block))
    return ready + [item.block for item in soon]
