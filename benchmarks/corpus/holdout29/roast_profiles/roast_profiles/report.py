"""The per-batch figures on the head roaster's weekly review sheet."""

from __future__ import annotations

from dataclasses import dataclass

from roast_profiles.logs import BatchLog
from roast_profiles.ror import rate_of_rise


@dataclass(frozen=True)
class BatchReport:
    """Total roast time and development time (first crack to drop) in seconds, the development
    time ratio in percent, the turning point (lowest bean temperature after charge) and the
    drop temperature in degrees, the peak rate of rise, the rate of rise at first crack, and
    whether the rate of rise crashed (fell by more than ``crash_drop`` within 30 s) after first
    crack."""

    batch: str
    roast_s: float
    development_s: float
    dtr_percent: float
    turning_point_c: float | None
    drop_c: float | None
    peak_ror: float | None
    ror_at_fc: float | None
    crashed: bool


def batch_report(log: BatchLog, crash_drop: float = 4.0) -> BatchReport:
    """Build the review-sheet figures of one batch.

    Raises ``ValueError`` when the batch lacks a CHARGE, FC or DROP mark or they are out of order.
    """
    try:
        charge, fc, drop = log.events["CHARGE"], log.events["FC"], log.events["DROP"]
    except KeyError as missing:
        raise ValueError(f"batch {log.batch}: no {missing.args[0]} mark") from None
    if not charge < fc < drop:
        raise ValueError(f"batch {log.batch}: CHARGE, FC and DROP are out of order")
    rates = rate_of_rise(log.bean, interval_s=log.interval_s)
    roast_s = (drop - charge) * log.interval_s
    development_s = (drop - fc) * log.interval_s
    after_charge = [value for value in log.bean[charge:fc] if value is not None]
    valid = [rate for rate in rates[charge:drop + 1] if rate is not None]
    window = int(30 / log.interval_s)
    crashed = False
    for index in range(fc, drop + 1):
        start, end = rates[index], rates[min(index + window, drop)]
        if start is not None and end is not None and start - end > crash_drop:
            crashed = True
            break
    return BatchReport(log.batch, roast_s, development_s, round(100 * development_s / roast_s, 1),
                       min(after_charge) / 10 if after_charge else None,
                       log.bean[drop] / 10 if log.bean[drop] is not None else None,
                       max(valid) if valid else None, rates[fc], crashed)
